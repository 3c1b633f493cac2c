// The renewal journey at /renew: the cart (更新内容の選択), the billing details (請求先) and the review
// with consents and confirmation (お申し込み内容の確認). The step is in the address (?step=), so the
// back button and a reload keep it; serials arrive by router state (RenewalNavigationState).
import { useCallback, useMemo, useState } from 'react';
import { Navigate, useLocation, useNavigate, useSearchParams } from 'react-router';
import { useQuery } from 'urql';
import type { BillingDetailsFieldsFragment, QuoteFieldsFragment, RenewalErrorFieldsFragment } from '../../gql/graphql';
import { isUnauthenticated } from '../../lib/graphql/errors';
import { useResetGraphqlClient } from '../../lib/graphql/useResetGraphqlClient';
import { useI18n } from '../../lib/i18n/useI18n';
import { orderPath, paths, type OrderNavigationState, type RenewalNavigationState } from '../../lib/paths';
import { LoadError } from '../../lib/ui/LoadError';
import { PageHeading } from '../../lib/ui/PageHeading';
import { SignInAndReturn } from '../../lib/ui/SignInAndReturn';
import { billingErrorsOf, billingInput, initialBilling, missingBilling, type BillingForm } from './billing';
import { BillingStep } from './BillingStep';
import { lineInputs, mergeAdditions } from './cart';
import { CartStep } from './CartStep';
import { loadCart, saveCart } from './cartStorage';
import { renewalAccountQuery } from './documents';
import { useRenewalMessages } from './messages';
import { ReviewStep } from './ReviewStep';
import { useCart } from './useCart';

type Step = 'cart' | 'billing' | 'review';

function stepOf(value: string | null): Step {
  return value === 'billing' || value === 'review' ? value : 'cart';
}

function isRenewalState(state: unknown): state is RenewalNavigationState {
  return typeof state === 'object' && state !== null && Array.isArray((state as { add?: unknown }).add);
}

interface JourneyProps {
  email: string;
  companyName: string | null;
  profile: BillingDetailsFieldsFragment | null;
}

function RenewalJourney({ email, companyName, profile }: JourneyProps) {
  const { messages } = useI18n();
  const words = useRenewalMessages();
  const location = useLocation();
  const navigate = useNavigate();
  const resetClient = useResetGraphqlClient();
  const [params] = useSearchParams();
  const step = stepOf(params.get('step'));
  const arriving: unknown = location.state;
  const cart = useCart(email, () => {
    const saved = loadCart(email);
    return isRenewalState(arriving) ? mergeAdditions(saved, arriving) : saved;
  });
  const [billing, setBilling] = useState<BillingForm>(() => initialBilling(profile, { email, companyName }));
  const [billingErrors, setBillingErrors] = useState<RenewalErrorFieldsFragment[]>([]);
  const [quote, setQuote] = useState<{ quote: QuoteFieldsFragment; fingerprint: string } | null>(null);

  // What is ordered: the lines the server priced without an error.
  const orderLines = useMemo(
    () =>
      lineInputs(
        cart.items.filter((item) => !cart.rowErrors.has(item.serialNumber) && !cart.unknown.has(item.serialNumber)),
      ),
    [cart.items, cart.rowErrors, cart.unknown],
  );
  const input = billingInput(billing);
  const fingerprint = JSON.stringify({ orderLines, input });
  // A quote stands for the order as it was when issued; once anything changes it no longer applies.
  const currentQuote = quote !== null && quote.fingerprint === fingerprint ? quote.quote : null;
  const onQuote = useCallback(
    (issued: QuoteFieldsFragment | null) => setQuote(issued === null ? null : { quote: issued, fingerprint }),
    [fingerprint],
  );

  if (isRenewalState(arriving)) {
    // Merged once: a reload or a return to this entry must not bring removed lines back.
    return <Navigate to={`${location.pathname}${location.search}`} replace state={null} />;
  }

  function goTo(next: Step) {
    void navigate(next === 'cart' ? paths.renewal : `${paths.renewal}?step=${next}`);
  }

  function placed(orderNumber: string) {
    saveCart(email, []);
    cart.clear();
    // Every page must show the order at once (the list, the licences, My orders): a fresh client
    // drops everything cached before it.
    resetClient();
    const state: OrderNavigationState = { placed: true };
    void navigate(orderPath(orderNumber), { state, replace: true });
  }

  const titles: Record<Step, string> = {
    cart: words.cartTitle,
    billing: words.billingTitle,
    review: words.reviewTitle,
  };

  function content() {
    if (step === 'cart' || cart.items.length === 0) {
      return <CartStep cart={cart} onNext={() => goTo('billing')} />;
    }
    if (!cart.priced) {
      return (
        <p className="loading" role="status">
          {messages.loading}
        </p>
      );
    }
    if (orderLines.length === 0) {
      return <Navigate to={paths.renewal} replace />;
    }
    if (step === 'billing') {
      return (
        <BillingStep
          form={billing}
          serverErrors={billingErrorsOf(billingErrors)}
          onChange={setBilling}
          onBack={() => goTo('cart')}
          onNext={() => goTo('review')}
        />
      );
    }
    if (Object.keys(missingBilling(billing)).length > 0) {
      return <Navigate to={`${paths.renewal}?step=billing`} replace />;
    }
    return (
      <ReviewStep
        items={cart.items}
        facts={cart.facts}
        lines={orderLines}
        totals={cart.totals}
        billing={input}
        quote={currentQuote}
        onQuote={onQuote}
        onErrors={setBillingErrors}
        onPlaced={placed}
        onEditCart={() => goTo('cart')}
        onEditBilling={() => goTo('billing')}
      />
    );
  }

  return (
    <div className="renewal">
      <ol className="steps" aria-label={words.stepsLabel}>
        {(['cart', 'billing', 'review'] as const).map((each) => (
          <li key={each} aria-current={each === step ? 'step' : undefined}>
            {titles[each]}
          </li>
        ))}
      </ol>
      <PageHeading>{titles[step]}</PageHeading>
      {content()}
    </div>
  );
}

export function RenewalPage() {
  const { messages } = useI18n();
  const [account, reexecute] = useQuery({ query: renewalAccountQuery });
  const me = account.data?.me;

  if (isUnauthenticated(account.error) || me === null) {
    return <SignInAndReturn />;
  }
  if (account.error) {
    return <LoadError onRetry={() => reexecute({ requestPolicy: 'network-only' })} />;
  }
  if (me === undefined || account.data === undefined) {
    return (
      <p className="loading" role="status">
        {messages.loading}
      </p>
    );
  }
  return (
    <RenewalJourney
      key={me.email}
      email={me.email}
      companyName={me.companyName ?? null}
      profile={account.data.billingProfile}
    />
  );
}
