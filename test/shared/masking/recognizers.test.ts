// Every recognizer: true positives (the exact substring found) and near-miss negatives.
import { describe, expect, it } from 'vitest';
import { findSpans } from '../../../shared/masking';
import type { EntityType } from '../../../shared/masking';

const found = (type: EntityType, text: string): string[] =>
  findSpans(text, { types: [type] }).filter((s) => s.type === type).map((s) => text.slice(s.start, s.end));

const cases: Record<string, { positives: [string, string][]; negatives: string[] }> = {
  EMAIL: {
    positives: [
      ['write to john.doe+news@example.co.uk today', 'john.doe+news@example.co.uk'],
      ['<Anna.Schmidt@firma-beispiel.de>', 'Anna.Schmidt@firma-beispiel.de'],
      ['mailto:li.wei@example.cn.', 'li.wei@example.cn'],
      ["Forward to j.o'neill@firm.ie?", "j.o'neill@firm.ie"],
      ["SELECT * FROM users WHERE email = 'ana.ruiz@example.es';", 'ana.ruiz@example.es'],
      ["const to = 'bob@example.com'", 'bob@example.com'],
    ],
    negatives: ['user@localhost', 'git@github', 'a@b', 'version 1.2@3', 'twitter @handle', 'foo@bar.', '[EMAIL_1]', 'name@@example.com'],
  },
  PHONE: {
    positives: [
      ['Call me on +44 20 7946 0958.', '+44 20 7946 0958'],
      ['mobile: (415) 555-2671', '(415) 555-2671'],
      ['Tel. 030 90182000', '030 90182000'],
      ['Rufen Sie +49 30 901820 an', '+49 30 901820'],
      ['téléphone : 01 42 68 53 00', '01 42 68 53 00'],
      ['手机 138 0013 8000', '138 0013 8000'],
      ['0033 1 42 68 53 00 is the office', '0033 1 42 68 53 00'],
      ['reach me at 4155552671', '4155552671'],
      ['Tel +49 (0)30 12345678', '+49 (0)30 12345678'],
      ['call +1-415-555-2671 now', '+1-415-555-2671'],
      ['(commande 12345). Rappeler au 01.79.74.49.50.', '01.79.74.49.50'],
    ],
    negatives: [
      'order 4155552671 shipped', 'released 2024-01-15', 'ISBN 978-3-16-148410-0', 'server 192.168.10.20', 'build 1.2.3.4567',
      'total 1234567', 'items 1 2 3 4 5 6 7 8', 'UUID 123e4567-e89b-12d3-a456-426614174000', '+1 000 000 0000', 'zip 94103-1234', '(commande 7979630858). Rappeler au', 'Rechnung 351-8873583-2776777', 'Order #4155552671', 'pid 123456789', 'Timestamp 1700000000', 'ISBN 0-306-40615-2',
    ],
  },
  CREDIT_CARD: {
    positives: [
      ['card 4111 1111 1111 1111 exp 12/27', '4111 1111 1111 1111'],
      ['Amex 3782-822463-10005', '3782-822463-10005'],
      ['pan=5500000000000004;', '5500000000000004'],
    ],
    negatives: ['order 4111 1111 1111 1112', 'id 1234567812345670', 'tracking 9400 1000 0000 0000 0000 00', '0000 0000 0000 0000', '4111 1111-1111 1111'],
  },
  IBAN: {
    positives: [
      ['IBAN: DE89 3704 0044 0532 0130 00.', 'DE89 3704 0044 0532 0130 00'],
      ['pay GB82WEST12345698765432 please', 'GB82WEST12345698765432'],
      ['Cuenta ES91 2100 0418 4502 0005 1332', 'ES91 2100 0418 4502 0005 1332'],
    ],
    negatives: ['DE89 3704 0044 0532 0130 01', 'SKU AB12 CDEF GHIJ KLMN', 'DE12345'],
  },
  US_SSN: {
    positives: [
      ['SSN 536-22-1234', '536-22-1234'],
      ['social security number: 536221234', '536221234'],
    ],
    negatives: ['SSN 000-22-1234', 'ssn 666-12-3456', 'order 536221234', 'phone 536-221-2345', '536-22-12345'],
  },
  IP_ADDRESS: {
    positives: [
      ['from 203.0.113.42 port 22', '203.0.113.42'],
      ['client=2001:db8:85a3::8a2e:370:7334,', '2001:db8:85a3::8a2e:370:7334'],
      ['host 10.0.0.1.', '10.0.0.1'],
    ],
    negatives: ['version 1.2.3.4', 'v10.0.0.1', '256.1.1.1', 'at 12:30:45', 'std::vector', '1.2.3.4.5', 'Chrome/120.0.6099.109'],
  },
  MAC_ADDRESS: {
    positives: [
      ['ether 00:1a:2b:3c:4d:5e txqueuelen', '00:1a:2b:3c:4d:5e'],
      ['MAC 00-1A-2B-3C-4D-5E.', '00-1A-2B-3C-4D-5E'],
      ['mac address 001a.2b3c.4d5e', '001a.2b3c.4d5e'],
    ],
    negatives: ['00:1a:2b:3c:4d', '00:1a-2b:3c:4d:5e', '00:00:00:00:00:00', 'at 12:30:45:10:11:12:13'],
  },
  URL_CREDENTIAL: {
    positives: [
      ['postgres://admin:S3cr3t!@db.internal:5432/app', 'admin:S3cr3t!'],
      ['https://api.example.com/v1?token=abc123def456&page=2', 'abc123def456'],
    ],
    negatives: ['https://example.com/path?page=2', 'https://user@example.com/', 'https://api.example.com/?token=${TOKEN}'],
  },
  SECRET: {
    positives: [
      ['key: sk-proj-AbCdEfGhIjKlMnOpQrStUvWx123456', 'sk-proj-AbCdEfGhIjKlMnOpQrStUvWx123456'],
      ['ANTHROPIC_API_KEY=sk-ant-api03-AbCdEfGhIjKlMnOpQrStUvWx', 'sk-ant-api03-AbCdEfGhIjKlMnOpQrStUvWx'],
      ['deepseek sk-0123456789abcdef0123456789abcdef', 'sk-0123456789abcdef0123456789abcdef'],
      ['aws_access_key_id = AKIAIOSFODNN7EXAMPLE', 'AKIAIOSFODNN7EXAMPLE'],
      ['aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY', 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY'],
      ['token ghp_aBcDeFgHiJkLmNoPqRsTuVwXyZ0123456789', 'ghp_aBcDeFgHiJkLmNoPqRsTuVwXyZ0123456789'],
      ['github_pat_11ABCDEFG0123456789_abcdefghijklmnopqrstuv', 'github_pat_11ABCDEFG0123456789_abcdefghijklmnopqrstuv'],
      ['slack xoxb-123456789012-abcdefghijkl', 'xoxb-123456789012-abcdefghijkl'],
      ['stripe sk_live_4eC39HqLyjWDarjtT1zdp7dc', 'sk_live_4eC39HqLyjWDarjtT1zdp7dc'],
      ['google AIzaSyDaGmWKa4JsXZ-HjGw7ISLn_3namBGewQe', 'AIzaSyDaGmWKa4JsXZ-HjGw7ISLn_3namBGewQe'],
      ['Authorization: Bearer abcdefghijklmnop.qrstuvwx', 'abcdefghijklmnop.qrstuvwx'],
      ['DB_PASSWORD=Xk9#mP2$qLw7', 'Xk9#mP2$qLw7'],
      ['{"api_key": "f83Kd92LmQ0zPx71"}', 'f83Kd92LmQ0zPx71'],
      ['mot de passe : password=gEbv&gfzncJ54 ok', 'gEbv&gfzncJ54'],
      ['POST https://hooks.slack.com/services/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', 'T0A1B2C3D/B0A1B2C3D/Fq3ZpL8wN2vR7tK1mY5bX0cJ'],
    ],
    negatives: [
      'password=${DB_PASSWORD}', 'api_key: <your key here>', 'token: ********', 'password = changeme', 'tokenizer: sentencepiece',
      'secret: true', 'sk-learn is a library', 'the password is required', 'api_key=[SECRET_1]', 'const password = config.get("db.password");', 'url=https://x.example.com/?a=1&token=',
    ],
  },
  PERSON: {
    positives: [
      ['Hi Anna, the report is ready', 'Anna'],
      ['Dear Mr. Thomas Müller,', 'Thomas Müller'],
      ['From: Jean-Pierre Dubois <jp@example.fr>', 'Jean-Pierre Dubois'],
      ['I spoke with Sarah Connor yesterday', 'Sarah Connor'],
      ['{"name": "Lucía Fernández"}', 'Lucía Fernández'],
      ['Best regards,\nJonas Becker', 'Jonas Becker'],
      ['联系人：王小明，电话', '王小明'],
      ['请联系李娜女士', '李娜'],
      ['Summarize:\n> On Tue, Cole Quigley <cole.quigley@example.com> wrote', 'Cole Quigley'],
      ['My boss Catalina Ruiz de Alarcón wants a summary', 'Catalina Ruiz de Alarcón'],
      ['cc Siobhán Ní Bhriain please', 'Siobhán Ní Bhriain'],
      ['Ping Trevor Devereux about the bot', 'Trevor Devereux'],
      ["Hi there, I'm Declan Okafor.", 'Declan Okafor'],
      ['Test: Jose\u0301 Müller (combining accent)', 'Jose\u0301 Müller'],
      ['id,employee,ssn\n1,Tamsin Ashdown,536-22-1234', 'Tamsin Ashdown'],
      ['3197,Yvonne Quarrie,yvonne.quarrie@example.com', 'Yvonne Quarrie'],
      ['Vorname: Ann-Kathrin\nNachname: Oberländer', 'Oberländer'],
      ['Ethan McAllister and Trevor O\'Brien', 'Ethan McAllister'],
      ['姓名：阎志强', '阎志强'],
      ['tell James.', 'James'],
    ],
    negatives: ['Hi Team,', 'Hello World', 'The March release', 'May I ask?', 'Customer Service', 'Will this work?', 'JSON API', 'const userName = getName()',
      'We moved from Visual Studio Code to JetBrains Rider.', 'Ask Google Cloud support about the quota.', 'the Golden Gate Bridge',
      'My colleague said the Azure Functions timeout is 5 minutes.', 'Tell Stack Overflow that React Native is fine.',
      'The United Nations and the European Union met.', 'Ping Release Engineering about Docker Desktop.', 'name,price\nApple Watch,399',
      'Contact Human Resources for details.', 'According to Wikipedia the Eiffel Tower is tall.'],
  },
  STREET_ADDRESS: {
    positives: [
      ['ship to 1600 Pennsylvania Avenue NW', '1600 Pennsylvania Avenue'],
      ['lives at 742 Evergreen Terrace, Springfield, IL 62704.', '742 Evergreen Terrace, Springfield, IL 62704'],
      ['Anschrift: Hauptstraße 5a, 10115 Berlin', 'Hauptstraße 5a, 10115 Berlin'],
      ['12 rue de la Paix, 75002 Paris', '12 rue de la Paix, 75002 Paris'],
      ['Calle Mayor 12, 28013 Madrid', 'Calle Mayor 12, 28013 Madrid'],
      ['Anschrift: Waldstr. 95, 60311 Frankfurt am Main.', 'Waldstr. 95, 60311 Frankfurt am Main'],
      ['地址：北京市朝阳区建国路88号', '北京市朝阳区建国路88号'],
    ],
    negatives: ['Wall Street is closed', 'on 5th Avenue', 'take the 2 Main Streets', 'Sprint 12 review'],
  },
  DATE_OF_BIRTH: {
    positives: [
      ['DOB: 03/04/1985', '03/04/1985'],
      ['born on March 3, 1985 in Ohio', 'March 3, 1985'],
      ['geboren am 3. März 1985', '3. März 1985'],
      ['née le 12 juillet 1990', '12 juillet 1990'],
      ['fecha de nacimiento: 5 de mayo de 1979', '5 de mayo de 1979'],
      ['出生日期：1990年5月12日', '1990年5月12日'],
    ],
    negatives: ['released on 03/04/1985', 'meeting March 3, 2025', 'deadline 2024-06-30'],
  },
  UK_NINO: { positives: [['NI number: QQ 12 34 56 C'.replace('QQ', 'AB'), 'AB 12 34 56 C']], negatives: ['GB123456A', 'AB123456E', 'ab123456c'] },
  IN_AADHAAR: { positives: [['Aadhaar 2345 6789 0124', '2345 6789 0124']], negatives: ['Aadhaar 2345 6789 0125', 'id 1234 5678 9012'] },
  CN_RESIDENT_ID: { positives: [['身份证号：11010519491231002X。', '11010519491231002X']], negatives: ['110105194912310021', 'order 11010519491231002X1'] },
  FR_NIR: { positives: [['N° sécurité sociale : 1 85 05 78 006 084 91', '1 85 05 78 006 084 91']], negatives: ['1 85 05 78 006 084 92'] },
  DE_TAX_ID: { positives: [['Steuer-ID: 86095742719', '86095742719']], negatives: ['Rechnung 86095742719', 'Steuer-ID: 86095742718'] },
  PASSPORT: { positives: [['passport no. 533380006', '533380006'], ['Reisepass C01X00T47'.replace('C01X00T47', 'C0123456'), 'C0123456']], negatives: ['invoice 533380006', 'order C0123456'] },
  MEDICAL_RECORD: { positives: [['MRN: 00123456', '00123456'], ['Patient ID MR-4481203', 'MR-4481203']], negatives: ['ticket 00123456', 'PR-4481203 merged'] },
  URL: { positives: [['see https://intranet.example.com/patients/42.', 'https://intranet.example.com/patients/42']], negatives: ['see example dot com'] },
  DATE: { positives: [['visit on 2024-06-30', '2024-06-30'], ['le 12 juillet 2023', '12 juillet 2023']], negatives: ['version 2024.6', 'at 12:30'] },
};

describe.each(Object.entries(cases))('%s recognizer', (type, { positives, negatives }) => {
  it.each(positives)('finds it in %j', (text, expected) => {
    expect(found(type as EntityType, text)).toContain(expected);
  });
  it.each(negatives.map((n) => [n]))('finds nothing in %j', (text) => {
    expect(found(type as EntityType, text)).toEqual([]);
  });
});
