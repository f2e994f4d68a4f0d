import type { AccountView } from '../../../protocol/domains/accounts-values.ts';
import type { PositionYield } from '../../../protocol/domains/yield-values.ts';
import { useI18n } from '../../i18n/index.tsx';
import { useAsk } from '../../state/use-ask.ts';
import { navigate } from '../../state/route.ts';
import { units } from '../yield/format.ts';

/**
 * On runtimes with Root Reborn, the yield screen's way to the per-validator claims: for each account with root
 * stake, what its validators' baskets would pay now, and a button to the claims. Nothing on older runtimes.
 */
export function RebornClaimable({
  positions,
  accounts,
  nameOf,
}: {
  positions: PositionYield[];
  accounts: AccountView[];
  nameOf: (address: string) => string;
}) {
  const rooted = [...new Set(positions.filter((p) => p.netuid === 0).map((p) => p.account))];
  const signers = rooted
    .map((address) => accounts.find((a) => a.address === address && !a.watchOnly))
    .filter((a): a is AccountView => a !== undefined);
  return (
    <>
      {signers.map((a) => (
        <AccountBaskets key={a.id} account={a} name={nameOf(a.address)} many={signers.length > 1} />
      ))}
    </>
  );
}

function AccountBaskets({ account, name, many }: { account: AccountView; name: string; many: boolean }) {
  const { t, locale } = useI18n();
  const { value } = useAsk('pri(staking.rootBaskets)', { accountId: account.id });
  if (!value?.available || value.baskets.length === 0) return null;
  const claimable = value.baskets.filter((b) => b.claimable);
  const total = claimable.reduce((s, b) => s + BigInt(b.payout), 0n);
  return (
    <section aria-label={t('reborn.card')} className="card stack" style={{ gap: 6 }}>
      <strong>{many ? `${t('reborn.card')} · ${name}` : t('reborn.card')}</strong>
      <span className="num-text">
        {t('reborn.cardTotal', { count: claimable.length, amount: units(total.toString(), 'τ', locale, 6) })}
      </span>
      <button
        type="button"
        className="primary"
        onClick={() => navigate(`/claim-root/${encodeURIComponent(account.address)}/validators`)}
      >
        {t('reborn.open')}
      </button>
    </section>
  );
}
