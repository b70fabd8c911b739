import { catalogue } from '../catalogue-source'
import { formatDate } from '../domain/index'

// Placeholder page until the questionnaire and results screens land (issue 5).
export function App() {
  return (
    <main>
      <h1>Förderbaukasten Quartier</h1>
      <p>
        Der Förderbaukasten zeigt, welche Förderprogramme zu Ihrem Quartiersprojekt in
        Baden-Württemberg passen und wie sie sich kombinieren lassen.
      </p>
      <p>
        {catalogue.programs.length} Programme im Katalog, Stand {formatDate(catalogue.asOf, 'de')}.
      </p>
    </main>
  )
}
