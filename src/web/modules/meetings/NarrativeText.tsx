import { Fragment } from 'react';

/**
 * Paragraphs of the narrative, split as the Word minutes split them: at blank lines. A single
 * line break inside a paragraph (text pasted from a PDF) is only a space.
 */
export function narrativeParagraphs(text: string): string[] {
  return text
    .replace(/\r\n?/g, '\n')
    .split(/\n[ \t]*\n/)
    .map((part) => part.replace(/\s*\n\s*/g, ' ').trim())
    .filter(Boolean);
}

/** A paragraph with `**…**` spans in bold, as minutes set the speaker's name and title. */
function Paragraph({ text }: { text: string }) {
  const parts = text.split(/\*\*(.+?)\*\*/g);
  return (
    <p dir="auto">
      {parts.map((part, index) => (index % 2 === 1 ? <strong key={index}>{part}</strong> : <Fragment key={index}>{part}</Fragment>))}
    </p>
  );
}

/** The narrative of a meeting: who reported what, paragraph by paragraph. */
export function NarrativeText({ text, className }: { text: string; className?: string }) {
  return (
    <div className={className}>
      {narrativeParagraphs(text).map((paragraph, index) => (
        <Paragraph key={index} text={paragraph} />
      ))}
    </div>
  );
}
