import { render } from 'preact';
import { Panel } from '../../components/Panel';
import { createPopupApi } from './api';

const target = new URLSearchParams(location.search).get('target');
render(<Panel api={createPopupApi(target)} />, document.getElementById('app') as HTMLElement);
