import { useTranslation } from 'react-i18next'
import {
  PHASES,
  type AnswerValue,
  type CostMatrix,
  type Lang,
  type Phase,
  type Question,
} from '../../domain/index'
import { BooleanField, MultiChoiceField, SingleChoiceField } from './choice-fields'
import { CostMatrixField } from './cost-matrix-field'
import { DateField, NumberField } from './text-fields'

interface Props {
  question: Question
  lang: Lang
  value: AnswerValue | undefined
  error: string | undefined
  chosenPhases: readonly string[] | undefined
  onChange: (value: AnswerValue | undefined) => void
  onBadText: (key: string, bad: boolean) => void
}

/** Picks the input for a question type from data/questionnaire.json. */
export function QuestionField({ question, lang, value, chosenPhases, ...rest }: Props) {
  const { t } = useTranslation('questionnaire')
  const common = { question, lang, ...rest }
  switch (question.type) {
    case 'singleChoice':
      return <SingleChoiceField {...common} value={value as string | undefined} />
    case 'multiChoice':
      return <MultiChoiceField {...common} value={value as string[] | undefined} />
    case 'boolean':
      return <BooleanField {...common} value={value as boolean | undefined} />
    case 'integer':
    case 'amount':
      return <NumberField key={lang} {...common} value={value as number | undefined} />
    case 'date':
      return <DateField {...common} value={value as string | undefined} />
    case 'costMatrix': {
      const phases = PHASES.filter((p) => chosenPhases?.includes(p))
      return (
        <>
          {phases.length === 0 && <p className="kern-body">{t('costMatrix.noPhases')}</p>}
          <CostMatrixField
            key={lang}
            {...common}
            value={value as CostMatrix | undefined}
            phases={phases.length > 0 ? phases : (PHASES as readonly Phase[])}
          />
        </>
      )
    }
  }
}
