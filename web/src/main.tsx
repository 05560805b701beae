import { render } from 'preact';
import { App } from './app.js';
import './styles/base.css';
import './styles/steps.css';
import './styles/results.css';
import './styles/responsive.css';

render(<App />, document.getElementById('app')!);
