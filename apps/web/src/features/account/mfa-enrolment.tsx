import { zodResolver } from '@hookform/resolvers/zod';
import { useForm } from 'react-hook-form';
import { z } from 'zod';
import { FormField, FormSubmit, submitWith } from '../../shared/forms';
import { ErrorMessage, errorText } from '../../shared/ui';
import { codeSchema } from './account-schemas';
import { useConfirmEnrolment, useStartEnrolment } from './queries';

/** The ten recovery codes, shown this once. */
function RecoveryCodes({ codes }: { codes: readonly string[] }) {
  return (
    <div data-testid="recovery-codes">
      <p>
        <strong>Bewaar deze herstelcodes op een veilige plek.</strong> Ze worden maar één keer getoond. Met elke code kun je één keer inloggen als je je
        telefoon niet bij de hand hebt.
      </p>
      <ul className="recovery-codes">
        {codes.map((code) => (
          <li key={code}>
            <code>{code}</code>
          </li>
        ))}
      </ul>
    </div>
  );
}

/**
 * Setting up two-step verification: scan the QR code (or type the secret), confirm with a code,
 * then the recovery codes. `enrolmentToken` when it runs from the login (enrolment-only session).
 */
export function MfaEnrolment({ enrolmentToken, onDone }: { enrolmentToken?: string; onDone?: () => void }) {
  const start = useStartEnrolment(enrolmentToken);
  const confirm = useConfirmEnrolment(enrolmentToken);
  const form = useForm<z.input<typeof codeSchema>, unknown, z.output<typeof codeSchema>>({ resolver: zodResolver(codeSchema), defaultValues: { code: '' } });

  if (confirm.data) {
    return (
      <>
        <RecoveryCodes codes={confirm.data.recoveryCodes} />
        {onDone && (
          <button type="button" onClick={onDone}>
            {confirm.data.signInAgain ? 'Opnieuw inloggen' : 'Klaar'}
          </button>
        )}
      </>
    );
  }
  if (!start.data) {
    return (
      <>
        {start.error && <ErrorMessage>{errorText(start.error)}</ErrorMessage>}
        <button type="button" onClick={() => start.mutate()} disabled={start.isPending}>
          Tweestapsverificatie instellen
        </button>
      </>
    );
  }
  return (
    <div className="mfa-enrolment">
      <p>Scan deze QR-code met een authenticator-app (bijvoorbeeld Microsoft Authenticator, Google Authenticator of FreeOTP).</p>
      <img src={start.data.qrCodeDataUrl} alt="QR-code voor je authenticator-app" width={240} height={240} />
      <p>
        Lukt scannen niet? Voer deze sleutel in: <code data-testid="mfa-secret">{start.data.secret}</code>
      </p>
      <form onSubmit={submitWith(form, confirm, () => undefined)} className="form">
        <FormField form={form} name="code" id="enrolment-code" label="Code uit de app">
          <input inputMode="numeric" autoComplete="one-time-code" required />
        </FormField>
        <FormSubmit form={form} busy={confirm.isPending}>
          Bevestigen
        </FormSubmit>
      </form>
    </div>
  );
}
