// Person names. Word lists plus context, measured against the corpus (see test/fixtures/masking):
// an honorific, a greeting or sign-off, a header field ("From:", "Name:"), a JSON name field, or a
// known given name followed by a capitalised surname. Chinese names need a cue word.
import { scan } from '../scan';
import type { Candidate, Recognizer } from '../types';
import { AMBIGUOUS_GIVEN_NAMES, CN_SURNAMES, GIVEN_NAMES, NOT_NAME_WORDS } from './name-lists';

const W = "\\p{Lu}[\\p{Ll}'’]{1,30}(?:-\\p{Lu}\\p{Ll}{1,30})?(?![\\p{L}\\p{N}_])";
const PARTICLE = '(?:van|von|de|del|der|den|la|le|da|di|du|dos|das|y|zu|ter)';
const FULL = `${W}(?:[ \\t]+\\p{Lu}\\.)?(?:[ \\t]+(?:${PARTICLE}[ \\t]+){0,2}${W}){0,2}`;

const HONORIFIC_RE = new RegExp(
  `(?<![\\p{L}])(?:Mr|Mrs|Ms|Mx|Miss|Dr|Prof|Herr|Frau|Mme|Mlle|Monsieur|Madame|Sr|Sra|Srta|Señor|Señora|Don|Doña)\\.?[ \\t]+(${FULL})`,
  'dgu',
);
const GREETING_RE = new RegExp(
  `(?<![\\p{L}])(?:Dear|Hi|Hello|Hey|Hallo|Liebe|Lieber|Bonjour|Cher|Chère|Hola|Estimad[oa]|Querid[oa]|Thanks|Thank you|Cheers|Regards|Best|Best regards|Kind regards|Warm regards|Many thanks|Viele Grüße|Beste Grüße|Mit freundlichen Grüßen|Grüße|Gruß|Cordialement|Bien à vous|Merci|Saludos|Un saludo|Atentamente|Gracias)[,!:]?[ \\t]{0,2}\\n?[ \\t]{0,4}(${FULL})`,
  'dgu',
);
const HEADER_RE = new RegExp(
  `(?<![\\p{L}])(?:From|To|Cc|Von|An|De|À|Para|Name|Full name|Nom|Nombre|Customer|Kunde|Kundin|Client|Cliente|Patient|Patientin|Contact|Contact person|Ansprechpartner|Assignee|Reporter|Author|Requester|Signed-off-by|Employee|Mitarbeiter|Empleado|Passenger|Guest|Tenant|Mieter|Owner)[ \\t]?:[ \\t]{0,3}"?(${W}(?:[ \\t]+(?:${PARTICLE}[ \\t]+){0,2}${W}){1,2})`,
  'dgu',
);
const JSON_NAME_RE = new RegExp(
  `"(?:name|full_?name|fullName|customer_?name|customerName|contact_?name|author|patient_?name|first_?name|last_?name|firstName|lastName|display_?name|displayName|owner|employee)"[ \\t]{0,3}:[ \\t]{0,3}"(${W}(?:[ \\t]+(?:${PARTICLE}[ \\t]+){0,2}${W}){0,2})"`,
  'dgu',
);
const GIVEN_RE = new RegExp(`(?<![\\p{L}\\p{N}_@./-])${W}`, 'gu');
// Sticky: the middle initial and surname(s) right after a given name.
const SURNAME_TAIL_RE = new RegExp(`(?:[ \\t]+\\p{Lu}\\.)?(?:[ \\t]+(?:${PARTICLE}[ \\t]+){0,2}${W}){1,2}`, 'uy');
const CN_CUE_RE = new RegExp(
  `(?:姓名[:：]?[ \\t]{0,2}|联系人[:：]?[ \\t]{0,2}|我叫|我是|客户[:：]?|收件人[:：]?[ \\t]{0,2}|患者[:：]?|负责人[:：]?[ \\t]{0,2}|经办人[:：]?)([${CN_SURNAMES}][\\u4e00-\\u9fff]{1,2})|([${CN_SURNAMES}][\\u4e00-\\u9fff]{1,2})(?=先生|女士|小姐|老师|经理|医生|同学|总)`,
  'dgu',
);

/** Drops trailing words that are not names ("Anna Schmidt Team" -> "Anna Schmidt"); null when nothing is left. */
function trimToName(text: string, start: number, end: number, minWords = 1): Candidate | null {
  const parts = text.slice(start, end).split(/([ \t]+)/);
  const kept: string[] = [];
  for (let i = 0; i < parts.length; i += 2) {
    const word = parts[i] as string;
    if (NOT_NAME_WORDS.has(word)) break;
    kept.push(word);
  }
  while (kept.length > 0 && /^\p{Ll}/u.test(kept[kept.length - 1] as string)) kept.pop();
  const words = kept.filter((w) => /^\p{Lu}/u.test(w));
  if (words.length < minWords) return null;
  // Re-join with the original separators by measuring the kept prefix.
  let len = 0;
  for (let i = 0; i < kept.length; i++) len += (kept[i] as string).length + (i < kept.length - 1 ? (parts[2 * i + 1] as string).length : 0);
  return { start, end: start + len, score: 0 };
}

const fromGroup = (text: string, m: RegExpExecArray, g: number, score: number, minWords = 1): Candidate | null => {
  const r = m.indices?.[g];
  if (!r) return null;
  const c = trimToName(text, r[0], r[1], minWords);
  return c ? { ...c, score } : null;
};

export const personRecognizer: Recognizer = {
  id: 'person',
  type: 'PERSON',
  context: ['asked', 'told', 'said', 'spoke', 'called', 'emailed', 'contact', 'ping', 'cc', 'met', 'per', 'wrote', 'signed', 'colleague', 'manager', 'hat geschrieben', 'sagte', 'a dit', 'dijo', 'according to'],
  find(text) {
    const out: Candidate[] = [];
    out.push(...scan(HONORIFIC_RE, text, (m) => fromGroup(text, m, 1, 0.85)));
    out.push(...scan(GREETING_RE, text, (m) => fromGroup(text, m, 1, 0.7)));
    out.push(...scan(HEADER_RE, text, (m) => fromGroup(text, m, 1, 0.75, 2)));
    out.push(...scan(JSON_NAME_RE, text, (m) => fromGroup(text, m, 1, 0.8)));
    out.push(
      ...scan(GIVEN_RE, text, (m) => {
        const given = m[0];
        if (!GIVEN_NAMES.has(given)) return null;
        SURNAME_TAIL_RE.lastIndex = m.index + given.length;
        const tail = SURNAME_TAIL_RE.exec(text);
        const c = trimToName(text, m.index, m.index + given.length + (tail ? tail[0].length : 0));
        if (!c) return null;
        const hasSurname = c.end - c.start > given.length;
        if (!hasSurname && AMBIGUOUS_GIVEN_NAMES.has(given)) return null;
        return { ...c, score: hasSurname ? 0.7 : 0.4 };
      }),
    );
    out.push(...scan(CN_CUE_RE, text, (m) => {
      const g = m[1] !== undefined ? 1 : 2;
      const r = m.indices?.[g];
      return r ? { start: r[0], end: r[1], score: 0.75 } : null;
    }));
    return out;
  },
};
