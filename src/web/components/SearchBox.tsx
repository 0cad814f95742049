import { useEffect, useId, useRef, useState } from 'react';
import { SearchIcon } from './icons.tsx';

interface SearchBoxProps {
  label: string;
  placeholder?: string;
  /** The applied search (e.g. from the URL). */
  value: string;
  /** Called once typing pauses. */
  onSearch(value: string): void;
  delayMs?: number;
}

/** A search input that waits for a pause in typing before searching. */
export function SearchBox({ label, placeholder, value, onSearch, delayMs = 300 }: SearchBoxProps) {
  const id = useId();
  const [text, setText] = useState(value);
  const latest = useRef(onSearch);
  latest.current = onSearch;

  // The applied value changed elsewhere ("clear filters", back button): show it.
  useEffect(() => setText(value), [value]);

  useEffect(() => {
    if (text.trim() === value.trim()) return;
    const timer = setTimeout(() => latest.current(text), delayMs);
    return () => clearTimeout(timer);
  }, [text, value, delayMs]);

  return (
    <div className="field search-box">
      <label className="field-label" htmlFor={id}>
        {label}
      </label>
      <div className="search-input-wrap">
        <SearchIcon />
        <input
          id={id}
          className="input search-input"
          type="search"
          value={text}
          placeholder={placeholder}
          autoComplete="off"
          onChange={(event) => setText(event.target.value)}
          onKeyDown={(event) => {
            if (event.key === 'Enter') latest.current(text);
          }}
        />
      </div>
    </div>
  );
}
