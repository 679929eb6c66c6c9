/**
 * The web editor's configuration (Sveltia CMS, served at /admin/), derived from the content model
 * (src/model/model.ts): every field with its label and hint in the editor's language, its limits
 * and pattern, required or not, and whether it is edited in the German original only. Nothing is
 * written here that the model says, so the editor cannot drift from the check.
 *
 * What the editor cannot check (a rule across fields or files: closes after opens, a closure's
 * "to" after its "from", two services with the same position) stays in `npm run check`, which runs
 * on every pull request and before every build.
 */
import type { CmsConfig, Field as CmsField } from '@sveltia/cms';
import { defaultLocale, localeCodes, locales } from '../../i18n/locales.ts';
import {
  collectionNames,
  languageName,
  model,
  placeholderPrefix,
  valueTypes,
  type CollectionModel,
  type CollectionName,
  type EditorLanguage,
  type Field,
  type ValueType,
  type Words,
} from '../../model/model.ts';
import { contentDir, contentPath } from '../../model/paths.ts';

export type CmsBackend = 'github' | 'test-repo';

/** Used when the build knows no repository: deploy:check refuses a build that still has it. */
export const repositoryPlaceholder = 'REPLACE-WITH-OWNER/REPOSITORY';

/** The editor's own words that are not a field's (the model has those). */
const words = {
  title: { de: 'LISKO – Website bearbeiten', en: 'LISKO – website editor' },
  settings: { de: 'Öffnungszeiten, Adresse und Einstellungen', en: 'Hours, address and settings' },
  /** What happens to a new entry's title: it becomes its file name and web address (EDITING.md). */
  fileName: {
    de: 'Beim ersten Speichern wird aus dem Titel der Dateiname und die Webadresse, nur mit Kleinbuchstaben, Ziffern und Bindestrichen: ä wird ae, ö oe, ü ue, ß ss, Akzente fallen weg. „Sprachcafé für Ältere“ wird zu sprachcafe-fuer-aeltere. Der Name bleibt, auch wenn Sie den Titel später ändern.',
    en: 'On the first save the title becomes the file name and web address, with small letters, digits and hyphens only: ä becomes ae, ö oe, ü ue, ß ss, accents are dropped. "Sprachcafé für Ältere" becomes sprachcafe-fuer-aeltere. The name stays when you change the title later.',
  },
  text: { de: 'Text', en: 'Text' },
} satisfies Record<string, Words>;

/** `^(REPLACE-WITH-.*|[A-Z]{2})$`: a setting may keep its placeholder until LISKO fills it in. */
const orPlaceholder = (pattern: RegExp) => `^(${placeholderPrefix}.*|${pattern.source.replace(/^\^|\$$/g, '')})$`;

/** A value with a fixed form: its widget and its pattern, with what the editor says under a wrong value. */
function valueWidget(type: ValueType, language: EditorLanguage, placeholder: boolean): Partial<CmsField> {
  const pattern: [string, string] = [placeholder ? orPlaceholder(type.pattern) : type.pattern.source, type.editor[language]];
  switch (type.widget) {
    case 'date':
      return { widget: 'datetime', type: 'date', format: 'YYYY-MM-DD', pattern } as Partial<CmsField>;
    case 'time':
      return { widget: 'datetime', type: 'time', format: 'HH:mm', pattern } as Partial<CmsField>;
    case 'image':
      return { widget: 'image', pattern } as Partial<CmsField>;
    default:
      return { widget: 'string', pattern } as Partial<CmsField>;
  }
}

/** How a field is typed in the editor. */
function widget(field: Field, language: EditorLanguage): Partial<CmsField> {
  switch (field.kind) {
    case 'text':
      return { widget: field.lines === 'many' ? 'text' : 'string', minlength: field.min?.length, maxlength: field.max } as Partial<CmsField>;
    case 'boolean':
      return { widget: 'boolean', default: field.default };
    case 'choice':
      return {
        widget: 'select',
        options: field.options.map((value) => ({ value, label: field.optionLabels[value]?.[language] ?? value })),
      } as Partial<CmsField>;
    case 'integer':
      return { widget: 'number', value_type: 'int', min: field.min } as Partial<CmsField>;
    case 'email':
      // "none" or an address: the check judges it.
      return { widget: 'string' };
    case 'list':
      return {
        widget: 'list',
        label_singular: field.itemLabel[language],
        min: field.min?.count,
        ...(field.of.kind === 'object' ? { fields: fields(field.of.fields, language) } : { field: editorField('item', field.of, language) }),
      } as Partial<CmsField>;
    case 'object':
      return { widget: 'object', fields: fields(field.fields, language) } as Partial<CmsField>;
    case 'perLanguage':
      return {
        widget: 'object',
        fields: localeCodes.map((code) => ({
          name: code,
          label: `${languageName(code, language)} (${locales[code].label})`,
          widget: 'string',
          required: code === defaultLocale,
        })),
      } as Partial<CmsField>;
    default:
      return valueWidget(valueTypes[field.kind], language, Boolean(field.placeholder));
  }
}

/** One field of the model as the editor's field. `i18n` is set by the collection. */
function editorField(name: string, field: Field, language: EditorLanguage): CmsField {
  const config = {
    name,
    label: field.label[language],
    ...(field.hint ? { hint: field.hint[language] } : {}),
    ...widget(field, language),
    // A setting may stay empty: a missing line counts as its placeholder.
    ...(field.required === false || field.placeholder ? { required: false } : {}),
  } as Record<string, unknown>;
  // No `undefined` values: the editor's configuration check refuses them.
  return Object.fromEntries(Object.entries(config).filter(([, value]) => value !== undefined)) as unknown as CmsField;
}

const fields = (model: Readonly<Record<string, Field>>, language: EditorLanguage): CmsField[] =>
  Object.entries(model).map(([name, field]) => editorField(name, field, language));

/**
 * A collection per language folder (services, pages, announcements). A field set in the German
 * original only (a service's order, an announcement's dates) is required and `i18n: false`: the
 * editor asks for it in German alone, and writes it there only.
 */
function folderCollection(name: CollectionName, spec: CollectionModel, language: EditorLanguage) {
  return {
    name,
    label: spec.label[language],
    label_singular: spec.singular[language],
    ...(spec.create ? { description: words.fileName[language] } : {}),
    folder: contentDir(name),
    extension: 'md',
    format: 'frontmatter',
    create: spec.create,
    delete: spec.create,
    i18n: true,
    identifier_field: 'title',
    ...('order' in spec.fields ? { sortable_fields: ['order', 'title'] } : {}),
    fields: [
      ...Object.entries(spec.fields).map(([field, rule]) => ({ ...editorField(field, rule, language), i18n: rule.scope !== 'original' })),
      { name: 'body', label: words.text[language], widget: 'markdown', i18n: true, ...(spec.body ? { hint: spec.body[language] } : {}) },
    ],
  };
}

export function cmsConfig({ backend, repository, language = 'en' }: { backend: CmsBackend; repository: string; language?: EditorLanguage }): CmsConfig {
  const single = collectionNames.filter((name) => !model[name].localized);
  return {
    load_config_file: false,
    app_title: words.title[language],
    backend:
      backend === 'test-repo'
        ? { name: 'test-repo' }
        : {
            name: 'github',
            repo: repository,
            branch: 'main',
            // Every save becomes a pull request: the checks run on it before anything is published.
            commit_messages: {
              update: 'Update {{collection}} “{{slug}}”',
              create: 'Add {{collection}} “{{slug}}”',
              delete: 'Delete {{collection}} “{{slug}}”',
            },
          },
    publish_mode: backend === 'test-repo' ? 'simple' : 'editorial_workflow',
    media_folder: 'public/images',
    public_folder: '/images',
    // File names from titles in any language, as the content check wants them: ASCII only, umlauts
    // and accents written out in the title's language (ä → ae in German), spaces as hyphens.
    slug: { encoding: 'ascii', clean_accents: true },
    // Without it, an empty optional field is written as `reviewedOn: ""`, which the check refuses.
    // Quotes around every text, as the content files are written (times, dates and telephone
    // numbers need them; one style for all), so a save changes only what the editor changed.
    output: { omit_empty_optional_fields: true, yaml: { quote: 'double' } },
    i18n: {
      structure: 'multiple_folders',
      locales: [...localeCodes],
      default_locale: defaultLocale,
      initial_locales: 'default',
    },
    collections: [
      ...collectionNames.filter((name) => model[name].localized).map((name) => folderCollection(name, model[name], language)),
      {
        name: 'settings',
        label: words.settings[language],
        // Written once for every language: no language folders.
        i18n: false,
        files: single.map((name) => {
          const spec: CollectionModel = model[name];
          return {
            name,
            label: spec.label[language],
            file: contentPath(name, spec.required[0] ?? name),
            format: 'frontmatter',
            fields: fields(spec.fields, language),
          };
        }),
      },
    ],
  } as CmsConfig;
}
