import { mountAll } from './page';

mountAll(document);
