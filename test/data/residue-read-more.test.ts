import {checkPhrases} from '../helpers/phrase-data.js'
import {alone, labels} from '../../rules/residue-read-more.data.js'

checkPhrases('residue-read-more labels', labels)
checkPhrases('residue-read-more headings', alone)
