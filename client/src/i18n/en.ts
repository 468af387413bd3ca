import { messagesIn } from './bilingual';
import { catalogue } from './messages';

const en = messagesIn(catalogue, 'en');

export default en;
