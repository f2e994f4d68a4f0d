import { Menu } from '../../components/Menu.tsx';
import { useI18n } from '../../i18n/index.tsx';
import { navigate } from '../../state/route.ts';

/** A position's actions, in a row menu: unstake or move, opening the staking form with the position filled in. */
export function PositionMenu({
  owner,
  hotkey,
  netuid,
  name,
}: {
  owner: string;
  hotkey: string;
  netuid: number;
  name: string;
}) {
  const { t } = useI18n();
  const go = (op: string) => () => navigate(`/stake/${op}/${hotkey}/${netuid}/${owner}`);
  return (
    <Menu label={t('home.positionActions', { name })} className="row-menu">
      <div className="stack menu-items">
        <button type="button" onClick={go('unstake')} aria-label={t('staking.unstakeFrom', { name })}>
          {t('staking.op.unstake')}
        </button>
        <button type="button" onClick={go('move')} aria-label={t('staking.moveFrom', { name })}>
          {t('staking.move')}
        </button>
      </div>
    </Menu>
  );
}
