import { zodResolver } from '@hookform/resolvers/zod';
import { useEffect, useRef, type ReactNode } from 'react';
import { useForm } from 'react-hook-form';
import { useParams } from 'react-router';
import { ApiError } from '../../api/client';
import { applyApiErrors, FormField, FormSubmit, RadioChoice } from '../../shared/forms';
import { formatDateTime } from '../../shared/format';
import { errorText, Loading } from '../../shared/ui';
import { useAnswerSurvey, useSurveyLink } from './queries';
import { SCORES, SURVEY_DEFAULTS, surveySchema, type SurveyAnswer, type SurveyValues } from './survey-form';

const INTRODUCTIONS = {
  end_of_year_1: 'Je eerste jaar als zij-instromer zit erop. Hoe tevreden ben je tot nu toe over je traject en de begeleiding?',
  qualification: 'Gefeliciteerd met je bevoegdheid! Hoe tevreden ben je, terugkijkend, over je traject en de begeleiding?',
} as const;

/** What replaces the form when there is nothing (more) to fill in: its heading takes the focus, so a screen reader reads it. */
function Outcome({ title, children }: { title: string; children: ReactNode }) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  return (
    <section className="card">
      <h1 ref={heading} tabIndex={-1}>
        {title}
      </h1>
      {children}
    </section>
  );
}

/** The satisfaction survey behind the mail's one-time link: a score from 1 to 10 and, if the candidate likes, a comment. No login. */
export function SurveyPage() {
  const { token = '' } = useParams();
  const link = useSurveyLink(token);
  const answer = useAnswerSurvey(token);

  if (answer.isSuccess) {
    return (
      <Outcome title="Bedankt voor je antwoord">
        <p>Je antwoord is opgeslagen. Flevowijs gebruikt de antwoorden om het traject en de begeleiding van zij-instromers te verbeteren.</p>
      </Outcome>
    );
  }
  if (link.isPending) return <Loading />;
  if (link.error) {
    return (
      <Outcome title={link.error instanceof ApiError && link.error.status === 404 ? 'Deze link is onbekend' : 'De enquête is nu niet te openen'}>
        <p>{errorText(link.error)}</p>
      </Outcome>
    );
  }
  if (link.data.state === 'answered') {
    return (
      <Outcome title="Deze enquête is al ingevuld">
        <p>De link werkt één keer, en je antwoord hebben we al ontvangen. Bedankt!</p>
      </Outcome>
    );
  }
  if (link.data.state === 'expired') {
    return (
      <Outcome title="Deze link is verlopen">
        <p>De link was 30 dagen geldig, tot {formatDateTime(link.data.expiresAt)}. Invullen kan niet meer.</p>
      </Outcome>
    );
  }
  return <SurveyForm introduction={INTRODUCTIONS[link.data.occasion]} expiresAt={link.data.expiresAt} answer={answer} />;
}

function SurveyForm({ introduction, expiresAt, answer }: { introduction: string; expiresAt: string; answer: ReturnType<typeof useAnswerSurvey> }) {
  const form = useForm<SurveyValues, unknown, SurveyAnswer>({ resolver: zodResolver(surveySchema), defaultValues: SURVEY_DEFAULTS });
  const onSubmit = form.handleSubmit((body) => answer.mutate(body, { onError: (error) => applyApiErrors(form, error) }));
  return (
    <section className="card">
      <h1>Hoe tevreden ben je?</h1>
      <p>{introduction}</p>
      <p className="muted">Invullen kost een minuut. De link werkt één keer en is geldig tot {formatDateTime(expiresAt)}.</p>
      <form onSubmit={onSubmit} className="form" noValidate>
        <div className="score-scale">
          <RadioChoice
            form={form}
            name="score"
            idPrefix="survey-score"
            legend="Welk cijfer geef je? (1 = zeer ontevreden, 10 = zeer tevreden)"
            choices={SCORES.map((score) => [score, score] as const)}
          />
        </div>
        <FormField form={form} name="comment" id="survey-comment" label="Toelichting" hint="Niet verplicht; maximaal 2000 tekens.">
          <textarea rows={5} maxLength={2000} />
        </FormField>
        <FormSubmit form={form} busy={answer.isPending}>
          Versturen
        </FormSubmit>
      </form>
    </section>
  );
}
