// The parts of chart.js that <lang-chart> draws with, registered once. lang-chart.ts imports this module only
// when a chart is shown, so chart.js gets a chunk of its own and only what is registered here is in it.
import {
  BarController,
  BarElement,
  CategoryScale,
  Chart,
  Legend,
  LineController,
  LineElement,
  LinearScale,
  PointElement,
  Tooltip,
} from 'chart.js';

Chart.register(BarController, BarElement, LineController, LineElement, PointElement, CategoryScale, LinearScale, Tooltip, Legend);

export { Chart };
