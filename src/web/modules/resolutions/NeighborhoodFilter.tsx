import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useMemo, useState } from 'react';
import { Button, ComboBox, FieldError, Input, Label, ListBox, ListBoxItem, Popover, Text } from 'react-aria-components';
import type { Neighborhood, NeighborhoodList } from '../../../modules/geography/geography.schemas.ts';
import { api } from '../../api/client.ts';
import { useDebounced } from '../../components/useDebounced.ts';
import { useI18n } from '../../i18n/useI18n.ts';
import { neighborhoodKeys, useNeighborhood } from '../neighborhoods/neighborhood-queries.ts';

interface NeighborhoodFilterProps {
  /** The chosen neighbourhood's id as text; '' for none. */
  value: string;
  onChange(id: string): void;
  /** Narrows the suggestions to one province. */
  province?: string;
  /** In a form: a validation error and a hint, tied to the input for assistive technology. */
  error?: string | null;
  hint?: string;
}

function nameOf(n: Neighborhood, en: boolean): string {
  return en && n.nameEn ? n.nameEn : n.nameFa;
}

interface Option {
  id: number;
  label: string;
  place: string;
}

/**
 * Picks one neighbourhood by typing part of its name: there are thousands, too many for a
 * select. Suggestions come from the neighbourhood search, within the user's scope.
 */
export function NeighborhoodFilter({ value, onChange, province, error, hint }: NeighborhoodFilterProps) {
  const { t, locale } = useI18n();
  const en = locale === 'en';
  const queryClient = useQueryClient();
  const selected = useNeighborhood(value ? Number(value) : 0);
  const selectedName = value && selected.data ? nameOf(selected.data, en) : '';
  const [text, setText] = useState(selectedName);
  const query = useDebounced(text.trim(), 300);
  const searching = query !== '' && query !== selectedName;

  // The filter changed elsewhere (cleared, back button) or the chosen name arrived: show it. While
  // the name loads the text stays as it is: emptying it would reopen the list under the cursor.
  useEffect(() => {
    if (!value) setText('');
    else if (selectedName) setText(selectedName);
  }, [value, selectedName]);

  const results = useQuery({
    queryKey: ['neighborhoods', 'list', { q: query, province: province ?? '', pageSize: 20, scope: 'resolution-filter' }],
    queryFn: ({ signal }) => api.get<NeighborhoodList>('/neighborhoods', { q: query, province: province || undefined, pageSize: 20 }, { signal }),
    enabled: searching,
  });

  const options = useMemo<Option[]>(() => {
    const toOption = (n: Neighborhood): Option => ({ id: n.id, label: nameOf(n, en), place: en ? n.cityNameEn : n.cityNameFa });
    const list = searching ? (results.data?.items ?? []).map(toOption) : [];
    // The chosen one stays in the collection, or the combo box would forget its selection.
    if (selected.data && !list.some((option) => option.id === selected.data.id)) list.unshift(toOption(selected.data));
    return list;
  }, [searching, results.data, selected.data, en]);

  return (
    <ComboBox<Option>
      className="field combo-field"
      items={options}
      value={value ? Number(value) : null}
      onChange={(key) => {
        // The search result is the whole record: the chosen name needs no second request.
        const chosen = results.data?.items.find((n) => n.id === key);
        if (chosen) queryClient.setQueryData(neighborhoodKeys.detail(chosen.id), chosen);
        // Both the text and the choice are controlled, so the text follows the choice here, in the
        // same update; set later, the combo box would take the new text for typing and reopen.
        setText(options.find((option) => option.id === key)?.label ?? '');
        onChange(key === null ? '' : String(key));
      }}
      inputValue={text}
      onInputChange={(next) => {
        setText(next);
        if (next.trim() === '' && value) onChange('');
      }}
      menuTrigger="input"
      allowsEmptyCollection
      isInvalid={Boolean(error)}
      // The form validates; the browser's own required check would speak over it.
      validationBehavior="aria"
    >
      <Label className="field-label">{t('resolutions.neighborhood')}</Label>
      <div className="combo-group">
        <Input className="input combo-input" placeholder={t('resolutions.neighborhoodPlaceholder')} />
        {value && (
          <Button
            className="combo-clear"
            aria-label={t('resolutions.clearNeighborhood')}
            onPress={() => {
              setText('');
              onChange('');
            }}
          >
            ×
          </Button>
        )}
      </div>
      {hint && !error && (
        <Text slot="description" className="field-hint">
          {hint}
        </Text>
      )}
      <FieldError className="field-error">{error}</FieldError>
      <Popover className="combo-popover" placement="bottom start">
        <ListBox<Option>
          className="combo-listbox"
          renderEmptyState={() => <div className="combo-empty">{results.isFetching ? t('app.loading') : t('resolutions.noNeighborhoodMatch')}</div>}
        >
          {(option) => (
            <ListBoxItem id={option.id} textValue={option.label} className="combo-item">
              <span>{option.label}</span>
              <span className="subtle combo-item-place">{option.place}</span>
            </ListBoxItem>
          )}
        </ListBox>
      </Popover>
    </ComboBox>
  );
}
