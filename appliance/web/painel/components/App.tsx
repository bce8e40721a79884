import { PairedScreen } from '../../shared/PairedScreen';
import { paired, STORAGE_KEY, startBoard } from '../state/board';
import { pairTexts } from '../texts';
import { Board } from './Board';

export function App() {
  return (
    <PairedScreen page="/painel" storageKey={STORAGE_KEY} paired={paired} texts={pairTexts} start={startBoard}>
      {(config) => <Board storeName={config.storeName} />}
    </PairedScreen>
  );
}
