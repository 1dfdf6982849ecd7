import type { Contact } from '../../api/models';

/** How applicants reach Flevowijs (configuration: CONTACT_EMAIL, CONTACT_PHONE); nothing while it loads. */
export function ContactDetails({ contact, intro = 'Vragen over je aanmelding?' }: { contact: Contact | undefined; intro?: string }) {
  if (!contact) return null;
  return (
    <address className="contact" data-testid="contact-details">
      {intro} Mail naar <a href={`mailto:${contact.email}`}>{contact.email}</a> of bel{' '}
      <a href={`tel:${contact.phone.replace(/[^+0-9]/g, '')}`}>{contact.phone}</a> (Flevowijs, projectbureau zij-instroom Almere en Lelystad).
    </address>
  );
}
