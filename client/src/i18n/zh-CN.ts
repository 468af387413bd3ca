import { messagesIn } from './bilingual';
import { catalogue } from './messages';

/** Chinese, the default locale. */
const zhCN = messagesIn(catalogue, 'zh-CN');

export default zhCN;
