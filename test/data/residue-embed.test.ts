import {checkPhrases} from '../helpers/phrase-data.js'
import {anywhere, atLineStart} from '../../rules/residue-embed.data.js'

checkPhrases('residue-embed phrases matched anywhere', anywhere)
checkPhrases('residue-embed phrases matched at a line start', atLineStart)
