// Chinese names are matched by hand (person-cn.ts); they must be exactly the names a global scan with CN_CUE_RE
// finds (each match's name group), on texts made of the pattern's own pieces: cues and their glue, one- and
// two-character surnames, given characters, the words after a name, and characters that end a name.
import { describe, expect, it } from 'vitest';
import { CN_SURNAMES } from '../../../shared/masking/recognizers/name-lists';
import { chineseNames, CN_CUE_RE } from '../../../shared/masking/recognizers/person-cn';
import { scan } from '../../../shared/masking/scan';
import type { Candidate } from '../../../shared/masking/types';
import { rng } from './seeded-random';

const byPattern = (text: string): Candidate[] =>
  scan(CN_CUE_RE, text, (m) => {
    const name = m[1] ?? m[2] ?? m[3];
    const end = m.index + m[0].length;
    return name === undefined ? null : { start: end - name.length, end, score: 0.75 };
  });

describe('chineseNames', () => {
  it('finds the names a global scan with CN_CUE_RE finds', () => {
    const next = rng(211);
    const pick = (list: readonly string[]): string => list[Math.floor(next() * list.length)] as string;
    const cues = ['发件人', '抄送', '致', '姓名', '联系人', '我叫', '我是', '客户', '收件人', '患者', '负责人', '经办人', '同事', '给', '跟', '告诉', '通知', '问', '问问', '找', '发件', '联系'];
    const glue = ['', '', ':', '：', ' ', '\t', '  ', '   ', ': ', '：  ', ':\t\t ', '::'];
    const surnames = [...CN_SURNAMES.slice(0, 40), '王', '李', '司', '欧', '东', '西', '南', '上', '长'];
    const doubles = ['欧阳', '司马', '诸葛', '上官', '皇甫', '慕容', '公孙', '长孙', '夏侯', '独孤', '东方', '西门', '南宫', '东西', '司徒'];
    const given = ['明', '华', '伟', '芳', '娜', '强', '问', '说', '总', '先', '生', '女', '给', '找', '阳', '马'];
    const follows = ['先生', '女士', '小姐', '老师', '经理', '医生', '同学', '总', '说', '表示', '回复', '先', '表'];
    const other = ['，', '。', ' ', '\n', 'a', 'Ada', '1', '𠀀', '\u3400', '的', '了', ':', 'x@y.z'];
    let found = 0;
    let afterCue = 0;
    for (let k = 0; k < 20_000; k++) {
      let text = '';
      for (let i = 1 + Math.floor(next() * 6); i > 0; i--) {
        const r = next();
        if (r < 0.3) text += pick(cues) + pick(glue);
        else if (r < 0.5) text += pick(surnames);
        else if (r < 0.6) text += pick(doubles);
        else if (r < 0.8) text += pick(given);
        else if (r < 0.9) text += pick(follows);
        else text += pick(other);
      }
      const expected = byPattern(text);
      found += expected.length;
      afterCue += expected.filter((c) => c.start > 0 && !/[\u4e00-\u9fff]/.test(text[c.start - 1] as string)).length;
      const out: Candidate[] = [];
      chineseNames(text, out);
      expect(out, JSON.stringify(text)).toEqual(expected);
    }
    expect(found).toBeGreaterThan(4_000);
    expect(afterCue).toBeGreaterThan(1_000);
  });
});
