/** The proposal's call-level choices and its name: lot, duration, ecosystem, acronym, title, summary. */
import type { LotId } from '../../../engine/call-definition/types.ts';
import type { GeneralSection } from '../../../engine/proposal/sections.ts';
import { SelectField, TextArea, TextField } from '../../components/fields.tsx';
import { useI18n } from '../../i18n/i18n.tsx';
import { useEditorContext } from '../editor-context.tsx';
import { fieldId } from '../model/field-target.ts';
import { TabHeading } from './TabHeading.tsx';

export function GeneralTab() {
  const { t, tn, pick, lang } = useI18n();
  const editor = useEditorContext();
  const general = editor.data<GeneralSection>('general');
  const readOnly = !editor.canEdit('general');
  const set = (patch: Partial<GeneralSection>) =>
    editor.edit<GeneralSection>('general', (g) => ({ ...g, ...patch }));
  const lot = editor.call.lots[general.lot as LotId];
  const durations = lot?.durationsMonths.value ?? [general.durationMonths];
  const durationChoices = durations.includes(general.durationMonths)
    ? durations
    : [general.durationMonths, ...durations];
  const ecosystems = editor.call.ecosystems.value
    .map((id) => ({
      value: id as string,
      label: pick(editor.catalogue.ecosystems[id]?.name ?? { en: id, da: id }),
    }))
    .sort((a, b) => a.label.localeCompare(b.label, lang));

  return (
    <section aria-labelledby="general-h">
      <TabHeading id="general-h" title={t('tab.general')}>
        {t('general.intro')}
      </TabHeading>
      <div className="form">
        <TextField
          id={fieldId('general.acronym')}
          label={t('general.acronym')}
          hint={t('general.acronymHint')}
          value={general.acronym}
          maxLength={20}
          readOnly={readOnly}
          onChange={(acronym) => set({ acronym })}
        />
        <TextField
          id={fieldId('general.title')}
          label={t('general.title')}
          value={general.title}
          maxLength={200}
          readOnly={readOnly}
          onChange={(title) => set({ title })}
        />
        <TextArea
          id={fieldId('general.summary')}
          label={t('general.summary')}
          hint={t('general.summaryHint')}
          value={general.summary}
          rows={4}
          readOnly={readOnly}
          maxLength={2000}
          onChange={(summary) => set({ summary: summary.slice(0, 2000) })}
        />
        <SelectField
          id={fieldId('general.lot')}
          label={t('newProposal.lot')}
          value={general.lot}
          disabled={readOnly}
          onChange={(l) => set({ lot: l as GeneralSection['lot'] })}
          options={Object.values(editor.call.lots).map((l) => ({ value: l.id, label: pick(l.name.value) }))}
        />
        <SelectField
          id={fieldId('general.durationMonths')}
          label={t('newProposal.duration')}
          value={String(general.durationMonths)}
          disabled={readOnly}
          onChange={(d) => set({ durationMonths: Number(d) })}
          options={durationChoices.map((d) => ({ value: String(d), label: tn('common.months', d) }))}
        />
        <SelectField
          id={fieldId('general.ecosystem')}
          label={t('newProposal.ecosystem')}
          hint={
            lot?.ecosystemRequired.value
              ? t('newProposal.ecosystemRequired')
              : t('newProposal.ecosystemOptional')
          }
          value={general.ecosystem ?? ''}
          disabled={readOnly}
          onChange={(e) => set({ ecosystem: e || null })}
          options={[{ value: '', label: t('newProposal.noEcosystem') }, ...ecosystems]}
        />
      </div>
    </section>
  );
}
