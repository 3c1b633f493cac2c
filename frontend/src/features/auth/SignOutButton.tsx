// Ends the session, forgets everything cached for it, and returns to the sign-in page.
import { useNavigate } from 'react-router';
import { useMutation } from 'urql';
import { graphql } from '../../gql';
import { useResetGraphqlClient } from '../../lib/graphql/useResetGraphqlClient';
import { useI18n } from '../../lib/i18n/useI18n';
import { paths } from '../../lib/paths';

const signOutMutation = graphql(`
  mutation SignOut {
    signOut {
      ok
    }
  }
`);

export function SignOutButton() {
  const { messages } = useI18n();
  const navigate = useNavigate();
  const resetGraphqlClient = useResetGraphqlClient();
  const [{ fetching }, signOut] = useMutation(signOutMutation);

  async function handleClick() {
    await signOut({});
    resetGraphqlClient();
    void navigate(paths.signIn, { replace: true });
  }

  return (
    <button type="button" className="button button-quiet" disabled={fetching} onClick={() => void handleClick()}>
      {messages.signOut}
    </button>
  );
}
