import type { productEn } from './product-en.ts';

/** 产品层（引导、首页、表单、显示助记词、转账、活动）的简体中文文本。 */
export const productZhCN: Record<keyof typeof productEn, string> = {
  'errors.invalid-field': '输入无效。请检查标出的字段后重试。',
  'form.required': '此项为必填。',
  'import.unknownWords': '不在 BIP-39 词表中：{words}。',
  'import.wordCount': '助记词应为 12、15、18、21 或 24 个单词；这里有 {n} 个。',
  'reveal.warning':
    '任何看到这些单词的人都能拿走此账户中的全部资产。请确认没有人能看到你的屏幕，也不要在任何网站中输入它们。',
  'reveal.password': '钱包密码（用于显示助记词）',
  'reveal.hold': '按住以显示单词',
  'reveal.holding': '请继续按住…',
  'reveal.path': '派生路径：',
  'reveal.needBoth': '恢复此账户需要同时提供这些单词和此路径；只用单词会恢复出另一个账户。',
  'reveal.hide': '隐藏单词',
  'account.settings': '账户设置',
  'account.summary': '{name} 的资产',
  'account.actions': '此账户的操作',
  'home.stake': '质押',
  'send.groupOwn': '你的账户',
  'send.groupContact': '联系人',
  'send.groupRecent': '最近',
  'send.sentTitle': '已发送',
  'send.copyHash': '复制交易哈希',
  'send.explorer': '在区块浏览器中查看',
  'history.feePaid': '已付网络手续费',
  'history.scope':
    '这里列出从本浏览器的钱包发出的转账和质押。收到的 TAO 以及在别处进行的变动不会列在这里，但已计入你的余额。',
};
