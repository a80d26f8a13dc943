/** Entity types produced by {@link annotateEntities}. */
export type EntityType =
  | 'person'
  | 'organization'
  | 'location'
  | 'facility'
  | 'date'
  | 'money'
  | 'percent'
  | 'quantity'
  | 'document'
  | 'event';

/** Finer kind of a location (from the gazetteer), a date (`range`) or a quantity. */
export type EntitySubtype = 'country' | 'region' | 'city' | 'range' | 'relative' | (string & {});

/** One typed entity mention. Offsets are UTF-16, end-exclusive, into the text given. */
export interface Entity {
  /** The entity type. */
  type: EntityType;
  /** Finer type when known (location: country/region/city; date: range/relative). */
  subtype?: EntitySubtype;
  /** Start offset in the input. */
  start: number;
  /** End offset in the input (exclusive). */
  end: number;
  /** The text of the span, `input.slice(start, end)`. */
  text: string;
  /**
   * Normalised value: ISO date (`2024-08`, `2024-08-15`, `2024/2025` for ranges), money as
   * `"<amount> <ISO 4217>"` (`1500000000 USD`), percent as a number string, a person's or an
   * organisation's lemma form (nominative, for Russian).
   */
  normalized?: string;
  /** Canonical id shared across languages, from the gazetteer (`loc:country:BY`). */
  canonical?: string;
  /** Confidence in [0, 1]. */
  confidence: number;
}

/** Languages the annotator handles. */
export type EntityLang = 'ru' | 'en';

/** Options for {@link annotateEntities}. */
export interface AnnotateOptions {
  /** Language of the text; `auto` (default) detects it. */
  lang?: EntityLang | 'auto';
  /**
   * Document date (ISO `YYYY-MM-DD`) to resolve relative dates (`в июле текущего года`,
   * `last year`). Without it relative dates keep no `normalized` value.
   */
  documentDate?: string;
  /** Only these types (default: all). */
  types?: readonly EntityType[];
}

/** Result of {@link annotateEntities}. */
export interface EntityAnnotation {
  /** The language used. */
  lang: EntityLang;
  /** Entities sorted by start, then by longer span first. */
  entities: Entity[];
}
