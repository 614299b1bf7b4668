import {reporter} from 'vfile-reporter'
import type {Formatter} from './types.js'

const stylish: Formatter = (files, {color}) => {
  const text = reporter([...files], {color})
  return text ? text + '\n' : ''
}

export default stylish
