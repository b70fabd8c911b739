// @vitest-environment jsdom
import { waitFor } from '@testing-library/react'
import { expect, it } from 'vitest'
import { renderApp } from '../render'

it('drops stored answers the questionnaire no longer accepts once it has loaded', async () => {
  const { store } = renderApp({
    initial: { answers: { population: 4800, charitable: 'yes please', gone: 1 } },
  })
  await waitFor(() => expect(store.getState().answers).toEqual({ population: 4800 }))
})
