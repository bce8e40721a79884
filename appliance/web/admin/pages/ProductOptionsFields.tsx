import type { OptionGroup } from '../../shared/product-options';
import type { OptionDrafts, ProductChoice } from '../state/option-groups';
import { groupLibrary } from '../state/option-groups';
import { t } from '../texts';
import { ComboItemsEditor } from './ComboItemsEditor';
import { OptionGroupsEditor } from './OptionGroupsEditor';

export interface ProductOptionsFieldsProps {
  type: string;
  drafts: OptionDrafts;
  onChange: (drafts: OptionDrafts) => void;
  /** The menu: what a combo holds and offers, and the groups that may be attached as copies. */
  menu: (ProductChoice & { optionGroups?: OptionGroup[] })[];
}

/** The product's option groups and, for a combo, its fixed items and choice slots. */
export function ProductOptionsFields({ type, drafts, onChange, menu }: ProductOptionsFieldsProps) {
  if (type === 'WEIGHT') return null;
  return (
    <>
      {type === 'COMBO' && (
        <>
          <h3 class="wide">{t('ADMIN_COMBO')}</h3>
          <p class="hint wide">{t('ADMIN_COMBO_HINT')}</p>
          <ComboItemsEditor items={drafts.comboItems} products={menu} onChange={(comboItems) => onChange({ ...drafts, comboItems })} />
          <div class="wide" id="combo-slots">
            <OptionGroupsEditor kind="CHOICE" groups={drafts.slots} products={menu} library={groupLibrary(menu, 'CHOICE')} onChange={(slots) => onChange({ ...drafts, slots })} />
          </div>
        </>
      )}
      <h3 class="wide">{t('ADMIN_OPTION_GROUPS')}</h3>
      <p class="hint wide">{t('ADMIN_OPTION_GROUPS_HINT')}</p>
      <div class="wide" id="modifier-groups">
        <OptionGroupsEditor kind="MODIFIER" groups={drafts.groups} library={groupLibrary(menu, 'MODIFIER')} onChange={(groups) => onChange({ ...drafts, groups })} />
      </div>
    </>
  );
}
