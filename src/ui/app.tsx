import { useEffect, useState } from 'react'
import { loadAppData, type AppData } from '../catalogue-source'
import { formatDate } from '../domain/index'

// Placeholder page until the questionnaire and results screens land (issue 5).
export function App() {
  const [data, setData] = useState<AppData | null>(null)
  useEffect(() => {
    void loadAppData().then(setData)
  }, [])
  return (
    <main>
      <h1>Förderbaukasten Quartier</h1>
      <p>
        Der Förderbaukasten zeigt, welche Förderprogramme zu Ihrem Quartiersprojekt in
        Baden-Württemberg passen und wie sie sich kombinieren lassen.
      </p>
      {data ? (
        <p>
          {data.catalogue.programs.length} Programme im Katalog, Stand{' '}
          {formatDate(data.catalogue.asOf, 'de')}.
        </p>
      ) : (
        <p role="status">Katalog wird geladen …</p>
      )}
    </main>
  )
}
