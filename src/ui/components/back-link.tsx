/** GOV.UK back link: a link-styled button, because it changes the screen, not the URL. */
export function BackLink({ onClick, label }: { onClick: () => void; label: string }) {
  return (
    <button type="button" className="kern-link fb-back-link" onClick={onClick}>
      <span className="kern-icon kern-icon--arrow-back kern-icon--small" aria-hidden="true" />
      {label}
    </button>
  )
}
