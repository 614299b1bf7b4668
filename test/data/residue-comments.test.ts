import {checkPhrases} from '../helpers/phrase-data.js'
import {phrases} from '../../rules/residue-comments.data.js'

checkPhrases('residue-comments phrases', phrases)
