// Ready-to-send administrator notices for the applicability check, in Japanese and English (seed 004's layout), with our figures.
import type { ComputedAnswer, Priority } from './applicability-assess.js';

export interface Notice { subject: string; body: string }
export interface NoticeInput { priority: Priority; deadline: string; actions: string[]; computed: ComputedAnswer[]; organisation: string }

const PRIORITY = { ja: { high: '高', medium: '中', low: '低' }, en: { high: 'High', medium: 'Medium', low: 'Low' } } as const;
const STEPS: Record<string, { ja: string; en: string }> = {
  kyc: { ja: 'リモート採用時の本人確認プロセスの再点検(ビデオ面接での身分証照合、第三者機関による本人確認)', en: 'Strengthen identity verification for remote hires (live video check against government ID, accredited third-party verification).' },
  shipping: { ja: '会社支給PCの配送先住所と、確認済みの居住地の整合性確認(転送業者・第三者住所への配送を停止)', en: 'Verify that the shipping address of company hardware matches the verified residence; stop shipping to forwarders or third parties.' },
  logins: { ja: '登録居住地から離れた接続元、VPN/VPS、異常な時間帯のVPN/SaaSアクセスの監視強化', en: 'Monitor VPN/SaaS logins from far from the registered residence, through VPN/VPS, or at unusual hours.' },
  leastPrivilege: { ja: '試用期間中の新規採用者・委託先への最小権限の適用', en: 'Apply least privilege to new hires and contractors until probation ends.' },
  remoteReview: { ja: 'リモート勤務者・委託先の本人確認状況と接続元の定期的な棚卸し', en: 'Review remote staff and contractors regularly: identity checks on record and where they connect from.' },
};

function scopeLines(c: ComputedAnswer[], lang: 'ja' | 'en'): string[] {
  const get = (id: string) => c.find((x) => x.id === id)?.evidence ?? {};
  const h = get('platformHiring'); const s = get('thirdPartyShipping'); const l = get('farLogins');
  return lang === 'ja' ? [
    `- 本人確認の記録がない外部経路の候補者: ${h.withoutIdCheck ?? 0} 名(候補者 ${h.candidates ?? 0} 名中)`,
    `- 居住地以外へ配送された会社支給機器: ${s.elsewhere ?? 0} 件(配送 ${s.shipments ?? 0} 件中、ラップトップファームの疑い ${s.laptopFarms ?? 0} 件)`,
    `- 居住国以外からの接続が見られた社員・委託先: ${l.loginsAbroad ?? 0} 名(${l.people ?? 0} 名中)`,
  ] : [
    `- Candidates from outside channels with no identity check on record: ${h.withoutIdCheck ?? 0} (of ${h.candidates ?? 0})`,
    `- Company devices shipped to an address other than the residence: ${s.elsewhere ?? 0} (of ${s.shipments ?? 0}; suspected laptop farms: ${s.laptopFarms ?? 0})`,
    `- Staff and contractors seen connecting from outside their country of residence: ${l.loginsAbroad ?? 0} (of ${l.people ?? 0})`,
  ];
}

export function buildNotices(n: NoticeInput): { ja: Notice; en: Notice } {
  const steps = (lang: 'ja' | 'en') => n.actions.map((a, i) => `${i + 1}. ${STEPS[a]?.[lang] ?? a}`);
  const ja: Notice = {
    subject: `【共有・対応依頼】北朝鮮IT労働者によるリモート就業偽装への対応(優先度: ${PRIORITY.ja[n.priority]})`,
    body: [
      'お疲れさまです。北朝鮮のIT労働者が正当な従業員を装ってリモート採用され、社内ネットワークに侵入している事例に関する情報共有と対応のお願いです。',
      '', '■ 概要',
      '北朝鮮の工作員が盗用・偽造した身分でリモート採用され、「ラップトップファーム(第三者がPCを受領し、遠隔操作させる拠点)」を通じて社内ネットワークへのアクセス権を取得しています。機密情報の窃取や制裁回避のための資金獲得につながります。',
      '', `■ 影響範囲(${n.organisation} の Trustline データより)`, ...scopeLines(n.computed, 'ja'),
      '', '■ 対応手順', ...steps('ja'),
      '', '■ 参考情報', '- 米司法省発表資料(ラップトップファーム運営者への判決)',
      '', `対応優先度: ${PRIORITY.ja[n.priority]}`, `対応期限: ${n.deadline}`,
    ].join('\n'),
  };
  const en: Notice = {
    subject: `[Action] North Korean remote IT worker fraud: applicability and response (priority: ${PRIORITY.en[n.priority]})`,
    body: [
      'Dear Team,', 'We are sharing intelligence on North Korean IT workers who infiltrate corporate networks by masquerading as legitimate remote employees, and asking for the actions below.',
      '', '■ Overview',
      "Threat actors are hired remotely under stolen or synthetic identities and use 'laptop farms' (accomplices who receive company hardware and let it be operated remotely) to gain internal network access, generating revenue for the sanctioned regime and putting corporate data at risk.",
      '', `■ Scope (from ${n.organisation}'s Trustline data)`, ...scopeLines(n.computed, 'en'),
      '', '■ Steps', ...steps('en'),
      '', '■ Reference', "- U.S. Department of Justice announcements on 'laptop farm' sentencing.",
      '', `Priority: ${PRIORITY.en[n.priority]}`, `Deadline: ${n.deadline}`,
    ].join('\n'),
  };
  return { ja, en };
}

/** An RFC 5322 message (UTF-8, base64 body, encoded-word subject) an administrator can open in any mail client. */
export function toEml(notice: Notice, date = new Date()): string {
  const b64 = (s: string) => Buffer.from(s, 'utf8').toString('base64');
  const wrapped = b64(notice.body).replace(/(.{76})/g, '$1\r\n');
  return [
    `Subject: =?UTF-8?B?${b64(notice.subject)}?=`, `Date: ${date.toUTCString()}`, 'MIME-Version: 1.0', 'X-Unsent: 1',
    'Content-Type: text/plain; charset=UTF-8', 'Content-Transfer-Encoding: base64', '', wrapped, '',
  ].join('\r\n');
}
