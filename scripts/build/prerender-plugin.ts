// Puts the prerendered start page (prerender-start.tsx) into the built index.html's #root.
import { fileURLToPath } from 'node:url'
import { runnerImport, type Plugin } from 'vite'
import type * as Prerender from './prerender-start'
import { berlinDay } from '../../src/domain/calendar-day.ts'
import { buildData, formatProblems } from './build-data.ts'

const ROOT_DIV = '<div id="root"></div>'

export function prerenderStartPage(): Plugin {
  let root = process.cwd()
  return {
    name: 'foerderbaukasten:prerender-start',
    apply: 'build',
    configResolved(config) {
      root = config.root
    },
    transformIndexHtml: {
      order: 'post',
      async handler(html) {
        if (!html.includes(ROOT_DIV)) this.error(`index.html has no ${ROOT_DIV} to fill`)
        const { data, problems } = (await buildData()).loadCheckedAppData(root)
        if (!data) this.error(formatProblems(problems))
        const { module } = await runnerImport<typeof Prerender>(
          fileURLToPath(new URL('prerender-start.tsx', import.meta.url)),
          { configFile: false, logLevel: 'error' },
        )
        // The build date: the start page shows nothing that depends on the day.
        const markup = module.renderStartPage(data, berlinDay(new Date()))
        return html.replace(ROOT_DIV, `<div id="root">${markup}</div>`)
      },
    },
  }
}
