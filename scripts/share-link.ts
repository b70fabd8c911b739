// Prints the share link for an answers file (optionally with combinations), and its length on
// stderr. Usage: npm run --silent share-link -- --answers FILE [--combination id,id]... [--base URL]
import { parseArgs } from 'node:util'
import { encodeShareLink } from '../src/domain/index'
import { loadData, readJson } from './lib/load-data'

const { values } = parseArgs({
  options: {
    answers: { type: 'string' },
    combination: { type: 'string', multiple: true, default: [] },
    base: { type: 'string', default: '' },
  },
})
if (!values.answers) {
  process.stderr.write('share-link: missing --answers FILE\n')
  process.exit(1)
}
const raw = readJson(values.answers) as Record<string, unknown>
const answers = (raw.answers ?? raw) as Parameters<typeof encodeShareLink>[0]['answers']
const { questionnaire, catalogue } = loadData()
const { fragment, omitted } = encodeShareLink(
  { answers, combinations: values.combination.map((c) => c.split(',')) },
  questionnaire,
  catalogue.asOf,
)
if (omitted.length > 0) process.stderr.write(`share-link: left out ${omitted.join(', ')}\n`)
process.stdout.write(`${values.base}${fragment}\n`)
process.stderr.write(`fragment length: ${fragment.length} characters\n`)
