import { DomainError } from '@app/shared';

export class DataRequestCompletedError extends DomainError {
  constructor() {
    super('privacy.request_completed', 'conflict', 'Dit verzoek is al afgehandeld.');
  }
}

export class DataRequestExtendedError extends DomainError {
  constructor() {
    super('privacy.request_extended', 'conflict', 'De termijn van dit verzoek is al verlengd: verlengen kan één keer, met hoogstens twee maanden.');
  }
}

export class ReceivedInFutureError extends DomainError {
  constructor() {
    const message = 'Ontvangen op kan niet in de toekomst liggen.';
    super('privacy.received_in_future', 'unprocessable', message, [{ field: 'receivedOn', message }]);
  }
}
