import {checkPhrases} from '../helpers/phrase-data.js'
import {phrases} from '../../rules/residue-navigation.data.js'

checkPhrases('residue-navigation phrases', phrases)
