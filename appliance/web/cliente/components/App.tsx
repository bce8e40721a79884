import { PairedScreen } from '../../shared/PairedScreen';
import { paired, STORAGE_KEY, startMirror } from '../state/mirror';
import { pairTexts } from '../texts';
import { Mirror } from './Mirror';

export function App() {
  return (
    <PairedScreen page="/cliente" storageKey={STORAGE_KEY} paired={paired} texts={pairTexts} start={startMirror}>
      {(config) => <Mirror storeName={config.storeName} />}
    </PairedScreen>
  );
}
