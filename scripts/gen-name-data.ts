// Builds shared/masking/recognizers/name-data.ts, the large given/family name lists behind the PERSON
// recognizer, from the person name lists of @faker-js/faker locales and compromise's name lexicon.
// Run `npx tsx scripts/gen-name-data.ts` after upgrading either package; the output is committed so the
// renderer bundle never imports faker. Names that are also ordinary words, places, brands or tech terms
// (by compromise's lexicon and faker's word, place and company lists) go to a separate "weak" list.
import { writeFileSync } from 'node:fs';
import * as faker from '@faker-js/faker';
import type { LocaleDefinition } from '@faker-js/faker';
import nlp from 'compromise';

const OUT = 'shared/masking/recognizers/name-data.ts';
// Latin-script locales whose names turn up in English, German, French and Spanish text.
const GIVEN_LOCALES = ['en', 'de', 'fr', 'es', 'es_MX', 'it', 'nl', 'pt_BR', 'pt_PT', 'pl', 'en_IN', 'en_NG', 'en_GH', 'yo_NG', 'sv', 'da', 'nb_NO', 'en_AU'];
const FAMILY_LOCALES = [...GIVEN_LOCALES, 'vi', 'id_ID'];
const WORD_LOCALES = ['en', 'de', 'fr', 'es', 'it', 'nl', 'pt_BR'];
// Names that are also the names of languages, tools and products developers write about.
const TECH = `Ada Julia Ruby Rust Go Swift Kotlin Scala Dart Elixir Erlang Haskell Pascal Perl Crystal Django Flask Rails
  Jenkins Ansible Chef Puppet Kafka Hadoop Spark Maven Gradle Jest Mocha Jasmine Karma Cypress Docker Helm Vault Consul
  Nomad Terraform Alexa Siri Cortana Bixby Chrome Safari Opera Edge Firefox Debian Ubuntu Fedora Arch Mint Alpine Gentoo
  Tesla Mercedes Porsche Ferrari Lincoln Ford Dodge Harley Kia Mazda Audi Jaguar Mustang Camry Corolla Prius Galaxy Pixel
  Windows Linux Android Apple Oracle Amazon Google Meta Slack Zoom Teams Excel Word Outlook Notion Figma Jira Confluence
  Trello Asana Sentry Grafana Kibana Prometheus Loki Tempo Mimir Redis Postgres Mongo Neo Cassandra Elastic Solr Lucene
  Nginx Apache Tomcat Jetty Node Deno Bun Vue Angular React Svelte Ember Backbone Express Nest Next Nuxt Remix Astro
  Hugo Jekyll Gatsby Vercel Netlify Heroku Render Fly Railway Stripe Twilio Okta Auth Azure Aurora Athena Lambda Dynamo
  Fargate Sage Cloud Mercury Venus Mars Jupiter Saturn Neptune Pluto Luna Sol Orion Apollo Gemini Artemis Nova Stella`;

const fold = (w: string): string => w.normalize('NFD').replace(/\p{M}/gu, '');
const NAME_WORD = /^\p{Lu}[\p{Ll}\p{M}'’-]{2,}$/u;

function listOf(value: unknown): string[] {
  if (Array.isArray(value)) return value.filter((v): v is string => typeof v === 'string');
  if (value && typeof value === 'object') return Object.values(value).flatMap(listOf);
  return [];
}
const locale = (code: string): LocaleDefinition => {
  const def = (faker as unknown as Record<string, LocaleDefinition | undefined>)[code];
  if (!def) throw new Error(`faker has no locale ${code}`);
  return def;
};
const words = (names: string[]): string[] => names.flatMap((n) => n.split(/[\s]+/)).filter((w) => NAME_WORD.test(w));

const lexicon = (nlp.model() as { one: { lexicon: Record<string, string | string[]> } }).one.lexicon;
const NAME_TAGS = new Set(['FemaleName', 'MaleName', 'LastName']);
const lexNames = (tag: string): string[] =>
  Object.entries(lexicon).filter(([, t]) => (Array.isArray(t) ? t : [t]).includes(tag)).map(([w]) => w.replace(/^./, (c) => c.toUpperCase()));

// Common words, places and company words in any of the locales: a name spelled like one is weak evidence.
const common = new Set<string>();
const addCommon = (w: string): void => { common.add(fold(w).toLowerCase()); };
for (const [w, t] of Object.entries(lexicon)) if (!(Array.isArray(t) ? t : [t]).every((x) => NAME_TAGS.has(x))) addCommon(w);
for (const code of WORD_LOCALES) {
  const d = locale(code);
  for (const w of [...listOf(d.word), ...listOf(d.location?.city_name), ...listOf(d.location?.country), ...listOf(d.location?.state),
    ...listOf(d.location?.county), ...listOf(d.location?.street_name), ...listOf(d.company), ...listOf(d.vehicle?.manufacturer),
    ...listOf(d.vehicle?.model), ...listOf(d.science), ...listOf(d.music?.genre), ...listOf(d.food), ...listOf(d.color), ...listOf(d.commerce?.department)]) {
    for (const part of w.split(/\s+/)) if (part.length >= 3) addCommon(part);
  }
}
for (const w of TECH.split(/\s+/)) if (w) addCommon(w);

const given = new Set<string>(words([...GIVEN_LOCALES.flatMap((c) => listOf(locale(c).person?.first_name)), ...lexNames('FemaleName'), ...lexNames('MaleName')]));
const family = new Set<string>(words([...FAMILY_LOCALES.flatMap((c) => listOf(locale(c).person?.last_name)), ...lexNames('LastName')]));
const isWeak = (w: string): boolean => common.has(fold(w).toLowerCase());

const sorted = (s: Iterable<string>): string[] => [...s].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
const cleanGiven = sorted([...given].filter((w) => !isWeak(w)));
const cleanFamily = sorted([...family].filter((w) => !isWeak(w) && !given.has(w)));
const weak = sorted(new Set([...given, ...family].filter(isWeak)));

function literal(name: string, list: string[], doc: string): string {
  const lines: string[] = [];
  let line = '';
  for (const w of list) {
    if (line.length + w.length > 150) { lines.push(line); line = ''; }
    line += (line ? ' ' : '') + w;
  }
  if (line) lines.push(line);
  // Every line but the last ends with the separating space: the literals are concatenated with +, and
  // without it the last word of one line and the first of the next would glue into one bogus name.
  const quoted = lines.map((l, i) => `  '${(i < lines.length - 1 ? `${l} ` : l).replace(/'/g, "\\'")}'`);
  return `/** ${doc} (${list.length}) */\nexport const ${name} =\n${quoted.join(' +\n')};\n`;
}

const header = `// GENERATED by scripts/gen-name-data.ts from @faker-js/faker person name lists (locales ${GIVEN_LOCALES.join(', ')};
// family names also ${FAMILY_LOCALES.slice(GIVEN_LOCALES.length).join(', ')}) and compromise's name lexicon. Do not edit by hand.
// Space-separated words; person.ts turns them into sets. "Weak" names are also common words, places or brands.
`;
const body = [
  literal('GIVEN_NAME_DATA', cleanGiven, 'Given names that are not also common words'),
  literal('FAMILY_NAME_DATA', cleanFamily, 'Family names that are neither given names nor common words'),
  literal('WEAK_NAME_DATA', weak, 'Given and family names that are also common words, places, brands or tech terms'),
].join('\n');
writeFileSync(OUT, `${header}\n${body}`);
console.log(`${OUT}: given ${cleanGiven.length}, family ${cleanFamily.length}, weak ${weak.length}, ${Buffer.byteLength(header + body)} bytes`);
