// Known machine-translation confusions in English news copy: a word that is
// English, but not in the sense the source language meant. Each entry says
// where the literal English reading fails (cue words in the sentence, or the
// shape of the phrase itself) and where it stays right (silence words), with
// one example that must be flagged and one near miss that must not.
//
// Patterns are regex sources, matched case-insensitively inside a sentence and
// wrapped in word boundaries by the rule. Lookarounds carry the context that is
// not part of the wrong word, so the match itself is exactly what to replace.
// Keep every pattern free of nested quantifiers: it runs on untrusted text.

export interface FalseFriend {
  /** Stable key: the wrong word and the word meant. */
  id: string
  /** Source languages whose word the MT rendered literally. */
  from: readonly string[]
  /** The wrong word or phrase (regex source). */
  wrong: string
  /** Replacements by the lower-cased matched text, best first; `*` for any form. */
  intended: Readonly<Record<string, readonly string[]>>
  /** The wrong word is always capitalised in English (Protestant): capitalise the fix only at a sentence start. */
  proper?: boolean
  /** What the wrong word says in English, as the message puts it after the word. */
  why: string
  /** Where that reading fails, as the message puts it before the fix. */
  context: string
  /** Words in the same sentence that show the literal reading is wrong; without them the entry stays silent. */
  cues?: string
  /** For sentences without a cue (headlines): flag when the whole text has at least `min` cue matches. */
  articleCues?: {pattern: string; min: number}
  /** Words in the same sentence that keep the literal reading. */
  silentIn?: string
  /** Words anywhere in the text that keep the literal reading. */
  silentInArticle?: string
  examples: {
    flag: {text: string; quote: string; expected: readonly string[]}
    pass: string
  }
}

const religion =
  "catholic\\w*|church\\w*|chapels?|cathedrals?|parish\\w*|pastors?|priests?|clergy\\w*|bishops?|archbishops?|congregation\\w*|denomination\\w*|reformation|luther\\w*|calvinis\\w*|evangelical\\w*|anglican\\w*|methodist\\w*|presbyterian\\w*|baptists?|pentecostal\\w*|orthodox|christian\\w*|religio\\w*|faiths?|worship\\w*|sectarian\\w*|loyalists?|unionists?|orange order|northern ireland|belfast|ulster|huguenots?|puritans?|theolog\\w*|bible|biblical|sermons?|mosques?|synagogues?|muslims?|jewish|jews|hindus?|buddhis\\w*|secular\\w*|ecumenical|god"

export const falseFriends: readonly FalseFriend[] = [
  {
    id: 'protestant-protester',
    from: ['Russian', 'Ukrainian', 'Belarusian', 'Spanish', 'French'],
    wrong: 'protestants?',
    intended: {protestant: ['protester'], protestants: ['protesters']},
    proper: true,
    why: 'names a Christian denomination or its members',
    context: 'in copy about protests',
    cues: "protest(?!ant)\\w*|rall(?:y|ies)|demonstrat\\w*|riot\\w*|tear gas|water cannon|detain\\w*|detention|arrest\\w*|crack(?:ed|s)? down|crackdown|dispers\\w*|truncheons?|batons?|placards?",
    articleCues: {pattern: "protest(?!ant)\\w*|rall(?:y|ies)|demonstrat\\w*|riot police|detain\\w*|detention|crackdown", min: 3},
    silentIn: religion + '|ethic|minorit(?:y|ies)|majorit(?:y|ies)|communit(?:y|ies)|heritage|traditions?|schools?',
    silentInArticle: religion,
    examples: {
      flag: {text: 'Riot police detained dozens of Protestants near the square.', quote: 'Protestants', expected: ['protesters']},
      pass: 'Riot police guarded dozens of Protestant churches near the square.'
    }
  },
  {
    id: 'actual-current',
    from: ['German', 'French', 'Spanish', 'Russian'],
    wrong: 'actual(?= (?:government|administration|cabinet|legislature|mandate|legislation)\\b)|(?<=\\b(?:in|of|during|for) the )actual(?= (?:year|month|week|season|quarter)\\b)',
    intended: {'*': ['current']},
    why: 'means real or genuine in English',
    context: 'for what holds now (German aktuell, French actuel, Spanish actual)',
    examples: {
      flag: {text: 'Critics say the actual government has failed to curb inflation.', quote: 'actual', expected: ['current']},
      pass: 'Critics say the actual cost of the programme is far higher.'
    }
  },
  {
    id: 'eventual-possible',
    from: ['French', 'German', 'Spanish', 'Russian'],
    wrong: '(?<=\\bany )eventual|eventual(?= (?:risks?|dangers?|threats?)\\b)',
    intended: {'*': ['possible']},
    why: 'means final or ultimate in English',
    context: 'for something that may not happen at all (French éventuel, German eventuell)',
    examples: {
      flag: {text: 'Officials prepared for any eventual flooding downstream.', quote: 'eventual', expected: ['possible']},
      pass: 'Officials prepared for the eventual flooding downstream.'
    }
  },
  {
    id: 'manifestation-demonstration',
    from: ['French', 'Spanish', 'Russian', 'Italian'],
    wrong: 'manifestations?(?! of\\b)',
    intended: {manifestation: ['demonstration', 'protest'], manifestations: ['demonstrations', 'protests']},
    why: 'means a sign or embodiment of something in English',
    context: 'in copy about a street gathering',
    cues: 'police|protesters?|rall(?:y|ies)|streets?|squares?|march\\w*|riot\\w*|tear gas|dispers\\w*|organi[sz]ers?|unauthori[sz]ed|authori[sz]ed|banned|took part|participants?|slogans?|placards?',
    silentIn: 'symptoms?|disease\\w*|clinical|patients?|illness\\w*|syndromes?|spiritual|divine',
    examples: {
      flag: {text: 'Police dispersed an unauthorised manifestation in the city centre.', quote: 'manifestation', expected: ['demonstration', 'protest']},
      pass: 'Police called the riot a manifestation of anger in the city centre.'
    }
  },
  {
    id: 'state-administration-custody',
    from: ['Russian', 'Belarusian', 'Ukrainian'],
    wrong: 'in (?:state|police) administration',
    intended: {'in state administration': ['in state custody'], 'in police administration': ['in police custody']},
    why: 'means working in the civil service',
    context: 'in copy about detainees',
    cues: 'tortur\\w*|beat(?:en|ings?)|abus\\w*|ill-treat\\w*|mistreat\\w*|brutality|detainees?|died|deaths?|prisoners?|inmates?',
    silentIn: 'work\\w*|jobs?|careers?|employ\\w*|positions?|reforms?|served|officials?|posts?|degrees?|training',
    examples: {
      flag: {text: 'Two men died in police administration last year, their lawyers say.', quote: 'in police administration', expected: ['in police custody']},
      pass: 'Two men found jobs in state administration last year, their lawyers say.'
    }
  },
  {
    id: 'on-commission-assignment',
    from: ['Russian', 'German'],
    wrong: 'on commission',
    intended: {'*': ['on assignment']},
    why: 'means paid by a share of sales',
    context: 'for a reporter sent to cover a story',
    cues: 'journalists?|reporters?|photographers?|correspondents?|camera(?:m[ae]n| crews?)|film crews?|editors?|newspapers?|weekl(?:y|ies)|broadcasters?',
    silentIn: 'sales?|sold|sell\\w*|paid|pay\\w*|earn\\w*|fees?|per ?cent|percent|basis|agents?|brokers?|artworks?|paintings?|galler\\w*|freelance\\w*|salesm[ae]n|portraits?',
    examples: {
      flag: {text: 'The photographer was detained while on commission for a German weekly.', quote: 'on commission', expected: ['on assignment']},
      pass: 'The photographer was paid on commission for a German weekly.'
    }
  },
  {
    id: 'militia-police',
    from: ['Russian', 'Belarusian', 'Ukrainian'],
    wrong: 'militia(?= (?:station|stations|precinct|department|headquarters|patrols?|inspectors?|lieutenants?|majors?|sergeants?|captains?)\\b)|(?<=\\b(?:traffic|transport|district|municipal|city) )militia',
    intended: {'*': ['police']},
    why: 'means an irregular armed force in English',
    context: 'for the regular police of a former Soviet state (Russian militsiya)',
    silentIn: 'rebels?|separatists?|paramilitar\\w*|insurgen\\w*|armed groups?|fighters?|volunteers?|tribal|hezbollah|houthis?',
    examples: {
      flag: {text: 'He was taken to a militia station and held overnight.', quote: 'militia', expected: ['police']},
      pass: 'He was taken to a rebel militia base and held overnight.'
    }
  },
  {
    id: 'cadres-staff',
    from: ['Russian', 'Ukrainian'],
    wrong: '(?<=\\b(?:qualified|skilled|medical|teaching|engineering|scientific|technical|managerial) )cadres',
    intended: {'*': ['staff', 'personnel']},
    why: 'means a core group of party activists in English',
    context: 'for the staff of a hospital, school or firm (Russian kadry)',
    silentInArticle: 'communis[tm]\\w*|party|china|chinese|vietnam\\w*|laos|cuba\\w*|korea\\w*|maois[tm]\\w*|khmer',
    examples: {
      flag: {text: 'The hospital lacks qualified cadres to run its new wing.', quote: 'cadres', expected: ['staff', 'personnel']},
      pass: 'The regional committee promoted qualified cadres loyal to the Communist Party.'
    }
  },
  {
    id: 'identity-control-check',
    from: ['French', 'German', 'Spanish', 'Italian'],
    wrong: '(?<=\\b(?:identity|ID) )controls?',
    intended: {control: ['check'], controls: ['checks']},
    why: 'suggests restraint or regulation in English',
    context: 'for police asking for papers (French contrôle, German Kontrolle)',
    silentIn: 'software|systems?|access|databases?|data|passwords?|login|network\\w*',
    examples: {
      flag: {text: 'Officers stopped him for an identity control at the station.', quote: 'control', expected: ['check']},
      pass: 'Officers stopped him at the station; identity and access controls at the data centre held.'
    }
  },
  {
    id: 'sympathetic-pleasant',
    from: ['German', 'French', 'Russian'],
    wrong: 'sympathetic(?= (?:city|town|village|place|apartment|flat|hotel|restaurant|café|cafe|neighbou?rhood)\\b)',
    intended: {'*': ['pleasant', 'likeable']},
    why: 'means feeling or showing compassion in English',
    context: 'for a place one likes (German sympathisch, French sympathique)',
    examples: {
      flag: {text: 'She described Lviv as a sympathetic city with cheap rents.', quote: 'sympathetic', expected: ['pleasant', 'likeable']},
      pass: 'She described Lviv as a pleasant city and its mayor as sympathetic.'
    }
  },
  {
    id: 'became-received',
    from: ['German', 'Dutch'],
    wrong: '(?<=\\b(?:I|he|she|we|they|you) )(?:became|become|becomes)(?= (?:a|an) (?:letter|e-?mail|visa|phone call|reply)(?: (?:from|of|to|on|in|saying|telling|that|which)\\b|[.,;:!?]))',
    intended: {became: ['received', 'got'], become: ['receive', 'get'], becomes: ['receives', 'gets']},
    why: 'means to turn into something in English',
    context: 'for getting something (German bekommen)',
    examples: {
      flag: {text: 'He became a letter from the tax office last week.', quote: 'became', expected: ['received', 'got']},
      pass: 'He became a letter carrier for the post office last week.'
    }
  },
  {
    id: 'frame-of-part-of',
    from: ['German', 'Russian', 'French', 'Ukrainian'],
    wrong: 'in the frames? of(?! mind\\b)',
    intended: {'*': ['as part of', 'within']},
    why: 'is a calque (German im Rahmen, Russian v ramkakh, French dans le cadre de)',
    context: 'in English',
    silentIn: 'pictures?|photo\\w*|cameras?|windows?|doors?|paintings?|films?|shots?|screens?|portraits?|bicycles?|bikes?|glasses|spectacles|mirrors?|drones?|images?|video\\w*',
    examples: {
      flag: {text: 'The drills were held in the frame of a joint programme with Poland.', quote: 'in the frame of', expected: ['as part of', 'within']},
      pass: 'The drills were visible in the frame of a drone camera.'
    }
  },
  {
    id: 'dispose-over-have',
    from: ['German'],
    wrong: 'dispos(?:e|es|ed|ing) over(?! (?:the )?(?:next|past|last|coming|following|course|period|time|years?|months?|weeks?|days?|decades?)\\b)',
    intended: {'dispose over': ['have'], 'disposes over': ['has'], 'disposed over': ['had'], 'disposing over': ['having']},
    why: 'is not English for owning something',
    context: 'for having something at hand (German verfügen über)',
    examples: {
      flag: {text: 'The army disposes over 300 modern tanks.', quote: 'disposes over', expected: ['has']},
      pass: 'The army disposes of 300 old tanks.'
    }
  },
  {
    id: 'prolongation-extension',
    from: ['French', 'German', 'Russian'],
    wrong: 'prolongation(?= of (?:the |its |their )?(?:sanctions|contract|agreement|treaty|deal|mandate|lockdown|ceasefire|truce|visa|licen[cs]e|lease|term|state of emergency|restrictions|measures|moratorium)\\b)',
    intended: {'*': ['extension']},
    why: 'is rare outside medicine and music in English',
    context: 'for a deadline or agreement made longer',
    examples: {
      flag: {text: 'EU leaders agreed a prolongation of the sanctions until July.', quote: 'prolongation', expected: ['extension']},
      pass: 'Doctors warned of a prolongation of the QT interval.'
    }
  },
  {
    id: 'consequent-consistent',
    from: ['German', 'Dutch'],
    wrong: '(?<=\\b(?:very|more|most|quite|rather|less|fully|not) )consequent',
    intended: {'*': ['consistent']},
    why: 'means following as a result in English',
    context: 'for someone who sticks to a line (German konsequent)',
    examples: {
      flag: {text: 'The chancellor has been very consequent in her refusal.', quote: 'consequent', expected: ['consistent']},
      pass: 'The chancellor warned of the consequent rise in prices.'
    }
  },
  {
    id: 'concurrent-competitor',
    from: ['French', 'German', 'Russian', 'Spanish'],
    wrong: '(?<=\\b(?:main|biggest|largest|chief|direct|closest|nearest|strongest|fiercest) )concurrents?(?=\\s*(?:[.,;:!?)]|$)|\\s(?:in|on|at|for|from|and|or|to|with|by|is|are|was|were|has|have|had|last|this|next|since|after|before|but)\\b)|(?<=\\b(?:unfair|free|fierce|stiff|tough|growing|foreign) )concurrence',
    intended: {concurrent: ['competitor', 'rival'], concurrents: ['competitors', 'rivals'], concurrence: ['competition']},
    why: 'means happening at the same time, or agreement, in English',
    context: 'for a business rival (French concurrent, German Konkurrent)',
    examples: {
      flag: {text: 'The airline lost ground to its main concurrent last year.', quote: 'concurrent', expected: ['competitor', 'rival']},
      pass: 'The airline ran its main concurrent promotions last year.'
    }
  },
  {
    id: 'fabric-factory',
    from: ['German', 'Russian', 'Polish'],
    wrong: '(?<=\\b(?:tractor|weapons|arms|ammunition|munitions|tank|aircraft) )fabrics?',
    intended: {fabric: ['factory', 'plant'], fabrics: ['factories', 'plants']},
    why: 'means cloth in English',
    context: 'for a place where goods are made (German Fabrik, Russian fabrika)',
    examples: {
      flag: {text: 'Workers at the tractor fabric went on strike.', quote: 'fabric', expected: ['factory', 'plant']},
      pass: 'Workers at the tractor factory went on strike over fabric shortages.'
    }
  },
  {
    id: 'speculant-speculator',
    from: ['German', 'Russian', 'Polish'],
    wrong: 'speculants?',
    intended: {speculant: ['speculator'], speculants: ['speculators']},
    why: 'is not an English word',
    context: 'for someone who bets on prices (German Spekulant, Russian spekulyant)',
    examples: {
      flag: {text: 'Officials blamed currency speculants for the fall.', quote: 'speculants', expected: ['speculators']},
      pass: 'Officials blamed currency speculators for the fall.'
    }
  },
  {
    id: 'liquidated-killed',
    from: ['Russian', 'Ukrainian'],
    wrong: 'liquidat(?:ed|es|e|ing)(?= (?:(?:two|three|four|five|six|seven|eight|nine|ten|a|an|the|several|\\d+) )?(?:militants?|terrorists?|gunmen|insurgents?|bandits|fighters|saboteurs)\\b)',
    intended: {liquidated: ['killed'], liquidate: ['kill'], liquidates: ['kills'], liquidating: ['killing']},
    why: 'is a euphemism taken over from Russian likvidirovat',
    context: 'in news copy',
    examples: {
      flag: {text: 'Troops liquidated five militants near the border.', quote: 'liquidated', expected: ['killed']},
      pass: 'Creditors liquidated five companies near the border.'
    }
  },
  {
    id: 'diversant-saboteur',
    from: ['Russian', 'Ukrainian', 'Polish'],
    wrong: 'diversants?',
    intended: {diversant: ['saboteur'], diversants: ['saboteurs']},
    why: 'is not an English word',
    context: 'for someone who commits sabotage (Russian diversant)',
    examples: {
      flag: {text: 'Border guards detained two diversants overnight.', quote: 'diversants', expected: ['saboteurs']},
      pass: 'Border guards detained two saboteurs overnight after a diversion.'
    }
  },
  {
    id: 'objects-facilities',
    from: ['Russian', 'Ukrainian'],
    wrong: '(?<=\\b(?:infrastructure|strategic|energy|critical|military) )objects|objects(?= of (?:critical |energy |transport )?infrastructure\\b)',
    intended: {'*': ['facilities', 'sites']},
    why: 'means things in English',
    context: 'for buildings and installations (Russian obyekty)',
    examples: {
      flag: {text: 'Drones struck energy objects in three regions.', quote: 'objects', expected: ['facilities', 'sites']},
      pass: 'Drones struck energy facilities in three regions and damaged objects in a museum.'
    }
  },
  {
    id: 'polygon-range',
    from: ['Russian', 'Ukrainian', 'Polish'],
    wrong: '(?<=\\b(?:military|training|testing|test|firing|shooting|missile|nuclear|tank|artillery) )polygons?',
    intended: {polygon: ['range', 'testing ground'], polygons: ['ranges', 'testing grounds']},
    why: 'means a many-sided figure in English',
    context: 'for a firing range or test site (Russian poligon)',
    silentIn: 'mesh\\w*|vertices|vertex|graphics|render\\w*|geometr\\w*|gpus?|shapes?',
    examples: {
      flag: {text: 'Reservists trained at a military polygon near Brest.', quote: 'polygon', expected: ['range', 'testing ground']},
      pass: 'Reservists trained at a military range near Brest, drawing polygons on maps.'
    }
  },
  {
    id: 'polygon-landfill',
    from: ['Russian', 'Ukrainian'],
    wrong: '(?<=\\b(?:waste|garbage|rubbish|trash|refuse) )polygons?',
    intended: {polygon: ['landfill', 'dump'], polygons: ['landfills', 'dumps']},
    why: 'means a many-sided figure in English',
    context: 'for a rubbish dump (Russian poligon)',
    silentIn: 'mesh\\w*|vertices|vertex|graphics|render\\w*|geometr\\w*|gpus?|shapes?',
    examples: {
      flag: {text: 'Residents rallied against a garbage polygon outside the town.', quote: 'polygon', expected: ['landfill', 'dump']},
      pass: 'Residents rallied against a garbage landfill shaped like a polygon.'
    }
  },
  {
    id: 'technics-equipment',
    from: ['Russian', 'Ukrainian', 'Polish'],
    wrong: '(?<=\\b(?:military|heavy|armou?red|agricultural|special|construction|road|engineering) )technics|(?<=\\bunits of )technics',
    intended: {'*': ['equipment', 'machinery']},
    why: 'is not used for machines in English',
    context: 'for vehicles and machinery (Russian tekhnika)',
    examples: {
      flag: {text: 'Columns of military technics moved towards the border.', quote: 'technics', expected: ['equipment', 'machinery']},
      pass: 'She bought Technics turntables for the studio.'
    }
  },
  {
    id: 'balloon-cylinder',
    from: ['Russian', 'Ukrainian'],
    wrong: '(?<=\\b(?:gas|propane|oxygen) )balloons?',
    intended: {balloon: ['cylinder', 'canister'], balloons: ['cylinders', 'canisters']},
    why: 'is a bag filled with air or gas in English',
    context: 'for a pressurised steel container (Russian ballon)',
    cues: 'kitchens?|flats?|apartments?|stoves?|cookers?|buildings?|houses?|leak\\w*|explo\\w*|blasts?|hospitals?|patients?|welding|cooking',
    silentIn: 'flights?|pilots?|aviation|sky|skies|festivals?|races?|helium|hot[- ]air|baskets?|balloonists?|launch\\w*|weather|altitude|stratosph\\w*|float\\w*|drift\\w*|part(?:y|ies)|decorations?',
    examples: {
      flag: {text: 'A gas balloon exploded in a fifth-floor kitchen.', quote: 'balloon', expected: ['cylinder', 'canister']},
      pass: 'A gas balloon drifted over the festival crowd.'
    }
  },
  {
    id: 'magazine-shop',
    from: ['Russian', 'Ukrainian', 'Polish', 'French'],
    wrong: '(?<=\\b(?:grocery|food|clothing|clothes|furniture|shoe|electronics|jewell?e?ry|liquor|alcohol|souvenir|tobacco) )magazines?',
    intended: {magazine: ['shop', 'store'], magazines: ['shops', 'stores']},
    why: 'means a periodical in English',
    context: 'for a place that sells goods (Russian magazin, French magasin)',
    cues: 'robb\\w*|loot\\w*|shoplift\\w*|cashiers?|shelves|queues?|bought|shopkeepers?|burglar\\w*|broke into|tills?|customers?|shop assistants?|salesm[ae]n',
    silentIn: 'copies|issues?|editions?|editors?|publish\\w*|subscri\\w*|covers?|columnists?|articles?|interview\\w*|readers?|print\\w*|wrote|writers?|journalists?|stands?|kiosks?',
    examples: {
      flag: {text: 'Armed men robbed a grocery magazine on Lenin Street.', quote: 'magazine', expected: ['shop', 'store']},
      pass: 'Armed men robbed a kiosk that sold a grocery magazine on Lenin Street.'
    }
  },
  {
    id: 'perspectives-prospects',
    from: ['Russian', 'German', 'French', 'Spanish'],
    wrong: 'perspectives?(?= for (?:the )?(?:development|growth|cooperation|co-operation|settlement|membership|accession|economic|investment|recovery)\\b)',
    intended: {perspective: ['prospect'], perspectives: ['prospects']},
    why: 'means a point of view in English',
    context: 'for what the future may bring (Russian perspektivy, German Perspektiven)',
    examples: {
      flag: {text: 'Ministers discussed perspectives for economic cooperation.', quote: 'perspectives', expected: ['prospects']},
      pass: 'Ministers discussed perspectives on economic cooperation.'
    }
  },
  {
    id: 'confessions-denominations',
    from: ['Russian', 'German', 'Ukrainian', 'Polish'],
    wrong: '(?<=\\b(?:all|different|various|traditional|other|main|major|several|four|three|two) )confessions',
    intended: {'*': ['denominations', 'faiths']},
    why: 'means admissions of guilt in English',
    context: 'for religious groups (Russian konfessii, German Konfessionen)',
    cues: 'religio\\w*|church\\w*|cathedrals?|mosques?|synagogues?|faiths?|believers?|orthodox|muslims?|catholic\\w*|jew\\w*|islam\\w*|buddhis\\w*|clergy|priests?|imams?|rabbis?|worship\\w*|spiritual',
    silentIn: 'police|courts?|trials?|suspects?|murder\\w*|crimes?|tortur\\w*|forced|coerced|signed|extracted|retract\\w*|interrogat\\w*|prosecut\\w*',
    examples: {
      flag: {text: 'Leaders of all confessions attended the memorial in the cathedral.', quote: 'confessions', expected: ['denominations', 'faiths']},
      pass: 'Lawyers say all confessions in the cathedral case were extracted by police.'
    }
  },
  {
    id: 'decision-solution',
    from: ['Russian', 'Ukrainian', 'Polish'],
    wrong: 'decisions?(?= to (?:the|this|that|a) (?:problem|crisis|conflict|issue|dispute|question)(?:\\s*[.,;:!?]|\\s*$|\\s(?:of|in|on|between|with|that|which|soon)\\b))',
    intended: {decision: ['solution'], decisions: ['solutions']},
    why: 'means a choice that is made in English',
    context: 'for a way out of a difficulty (Russian reshenie)',
    examples: {
      flag: {text: 'Both sides hope to find a decision to the conflict soon.', quote: 'decision', expected: ['solution']},
      pass: 'Both sides hope to leave the decision to the conflict mediators soon.'
    }
  },
  {
    id: 'prophylaxis-prevention',
    from: ['Russian', 'Ukrainian'],
    wrong: 'prophylaxis(?= of (?:crime|crimes|offen[cs]es|violations|extremism|terrorism|corruption|drug|drunk|road accidents|accidents|fires|juvenile)\\b)|prophylactic(?= (?:talks?|conversations?|raids?|visits?|work)\\b)',
    intended: {prophylaxis: ['prevention'], prophylactic: ['preventive']},
    why: 'is a medical term in English',
    context: 'for police work (Russian profilaktika)',
    examples: {
      flag: {text: 'Police stepped up the prophylaxis of crime among teenagers.', quote: 'prophylaxis', expected: ['prevention']},
      pass: 'Doctors stepped up the prophylaxis of malaria among teenagers.'
    }
  },
  {
    id: 'dislocation-deployment',
    from: ['Russian', 'Ukrainian'],
    wrong: '(?<=\\b(?:places? of|points? of|permanent|temporary) )dislocation|dislocation(?= of (?:the )?(?:troops|units?|forces|brigades?|regiments?|battalions?|divisions?|military)\\b)',
    intended: {'*': ['deployment', 'base']},
    why: 'means displacement or disruption in English',
    context: 'for where troops are stationed (Russian dislokatsiya)',
    examples: {
      flag: {text: 'The brigade returned to its place of permanent dislocation.', quote: 'dislocation', expected: ['deployment', 'base']},
      pass: 'The brigade’s move caused economic dislocation in the town.'
    }
  },
  {
    id: 'row-number',
    from: ['Russian', 'Ukrainian'],
    wrong: 'a row of(?= (?:countries|states|measures|questions|issues|problems|officials|experts|companies|politicians|reasons|factors|sanctions|regions|documents|laws|proposals|steps|initiatives|agreements|projects|violations)\\b)',
    intended: {'*': ['a number of', 'a series of']},
    why: 'means things set in a line in English',
    context: 'for several of something (Russian ryad)',
    examples: {
      flag: {text: 'The ministry announced a row of measures to support farmers.', quote: 'a row of', expected: ['a number of', 'a series of']},
      pass: 'The ministry announced a row over measures to support farmers.'
    }
  },
  {
    id: 'ecological-environmental',
    from: ['Russian', 'Ukrainian', 'Chinese'],
    wrong: 'ecological(?= (?:situation|safety|norms|legislation|inspectorate|police)\\b)',
    intended: {'*': ['environmental']},
    why: 'concerns the science of living systems in English',
    context: 'for pollution and its regulation (Russian ekologicheskiy)',
    examples: {
      flag: {text: 'The ecological situation in the region has worsened.', quote: 'ecological', expected: ['environmental']},
      pass: 'The ecological survey in the region has been published.'
    }
  },
  {
    id: 'realisation-sale',
    from: ['Russian', 'Ukrainian'],
    wrong: 'reali[sz]ation(?= of (?:the )?(?:goods|products|produce|alcohol|drugs|narcotics|counterfeit|contraband)\\b)',
    intended: {'*': ['sale']},
    why: 'means becoming aware of, or achieving, something in English',
    context: 'for selling goods (Russian realizatsiya)',
    examples: {
      flag: {text: 'He was fined for the realisation of counterfeit vodka.', quote: 'realisation', expected: ['sale']},
      pass: 'He was shocked by the realisation of how much counterfeit vodka was sold.'
    }
  },
  {
    id: 'accumulator-battery',
    from: ['German', 'Russian', 'Polish'],
    wrong: '(?<=\\b(?:car|phone|telephone|laptop|mobile|smartphone) )accumulators?',
    intended: {accumulator: ['battery'], accumulators: ['batteries']},
    why: 'is a dated or technical word in English',
    context: 'for a battery (German Akku, Russian akkumulyator)',
    examples: {
      flag: {text: 'The car accumulator was flat by morning.', quote: 'accumulator', expected: ['battery']},
      pass: 'The car battery was flat by morning and the accumulator tank was full.'
    }
  },
  {
    id: 'sensible-sensitive',
    from: ['French', 'Spanish', 'German', 'Portuguese'],
    wrong: 'sensible(?= (?:data|information|documents|topics?|subjects?|issues?|installations|sites|infrastructure|skin)\\b)',
    intended: {'*': ['sensitive']},
    why: 'means reasonable in English',
    context: 'for something that needs care (French and Spanish sensible, German sensibel)',
    examples: {
      flag: {text: 'Hackers stole sensible data from the ministry.', quote: 'sensible', expected: ['sensitive']},
      pass: 'Hackers stole data, and the ministry made sensible changes.'
    }
  },
  {
    id: 'assisted-to-attended',
    from: ['French', 'Spanish', 'Portuguese', 'Italian'],
    wrong: 'assist(?:ed|s|ing)? to(?= (?:the|a|an) (?:meeting|ceremony|conference|summit|mass|funeral|wedding|concert|match|game|event|session|inauguration|opening|premiere|rally)\\b)',
    intended: {'assisted to': ['attended'], 'assist to': ['attend'], 'assists to': ['attends'], 'assisting to': ['attending']},
    why: 'means to help in English',
    context: 'for being present (French assister à, Spanish asistir a)',
    examples: {
      flag: {text: 'More than 300 guests assisted to the ceremony.', quote: 'assisted to', expected: ['attended']},
      pass: 'More than 300 volunteers assisted with the ceremony.'
    }
  },
  {
    id: 'formation-training',
    from: ['French', 'Spanish', 'Italian', 'Portuguese'],
    wrong: '(?<=\\b(?:professional|vocational|continuous|continuing) )formation',
    intended: {'*': ['training']},
    why: 'means the act of forming, or an arrangement, in English',
    context: 'for a course of instruction (French formation, Spanish formación)',
    silentIn: 'priest\\w*|seminar\\w*|spiritual|religio\\w*|rocks?|geolog\\w*|clouds?',
    examples: {
      flag: {text: 'The ministry funds vocational formation for young farmers.', quote: 'formation', expected: ['training']},
      pass: 'The ministry funds the formation of young farmers’ cooperatives.'
    }
  },
  {
    id: 'handy-mobile',
    from: ['German'],
    wrong: '(?<=\\b(?:his|her|their|my|your|our) )handy(?=\\s*[.,;:!?)]|\\s(?:was|were|is|rang|number|numbers)\\b)',
    intended: {'*': ['mobile phone', 'phone']},
    why: 'is an adjective in English',
    context: 'for a mobile phone (German Handy)',
    examples: {
      flag: {text: 'Police confiscated his handy, then his laptop.', quote: 'handy', expected: ['mobile phone', 'phone']},
      pass: 'Police confiscated his handy notebook, then his laptop.'
    }
  },
  {
    id: 'chef-chief',
    from: ['German', 'French'],
    wrong: '(?<=\\b(?:police|intelligence|press|protocol) )chef|chef(?= of (?:the )?(?:police|intelligence|delegation|diplomacy|staff|government|administration)\\b)',
    intended: {'*': ['chief', 'head']},
    why: 'means a professional cook in English',
    context: 'for the head of an organisation (German and French Chef)',
    examples: {
      flag: {text: 'The intelligence chef resigned on Monday.', quote: 'chef', expected: ['chief', 'head']},
      pass: 'The intelligence chief resigned on Monday; the canteen chef stayed.'
    }
  },
  {
    id: 'lost-contact-missing',
    from: ['Chinese'],
    wrong: '(?<=\\b(?:are|is|were|was|remain|remains|remained|been) )lost contact(?! with\\b)',
    intended: {'*': ['missing']},
    why: 'is not English for people who cannot be found',
    context: 'for people nobody can reach (Chinese shilian)',
    examples: {
      flag: {text: 'Eleven crew members are lost contact after the storm.', quote: 'lost contact', expected: ['missing']},
      pass: 'Eleven crew members lost contact after the storm.'
    }
  },
  {
    id: 'sons-people',
    from: ['Arabic'],
    wrong: '(?:sons|daughters)(?= of (?:the|our|this|that) (?:province|governorate|district|region|city|camp)\\b)',
    intended: {sons: ['people', 'residents'], daughters: ['women']},
    why: 'reads as someone’s children in English',
    context: 'for the people of a place (Arabic abna’)',
    examples: {
      flag: {text: 'Gunmen killed three sons of the governorate on Friday.', quote: 'sons', expected: ['people', 'residents']},
      pass: 'Gunmen killed three sons of the governor on Friday.'
    }
  },
  {
    id: 'responsible-official',
    from: ['French', 'Spanish', 'Arabic', 'Italian'],
    wrong: 'responsibles|(?<=\\b(?:the|a) )responsible(?= (?:of|for) (?:the )?(?:ministry|department|office|unit|section|agency|programme|program|project|service|region|province|district|committee|council|party)\\b)',
    intended: {responsible: ['official', 'head'], responsibles: ['officials']},
    why: 'is an adjective in English',
    context: 'for the person in charge (French le responsable, Spanish el responsable, Arabic al-mas’ul)',
    examples: {
      flag: {text: 'A senior police source said the responsible of the ministry declined to comment.', quote: 'responsible', expected: ['official', 'head']},
      pass: 'The official responsible for the ministry declined to comment.'
    }
  },
  {
    id: 'compromise-commitment',
    from: ['Spanish', 'Portuguese'],
    wrong: '(?<=\\b(?:firm|unwavering|absolute|total|full|strong) )compromise(?= (?:to|with) (?:democracy|peace|the fight|human rights|the rule of law|reforms?|the environment|the climate|transparency)\\b)',
    intended: {'*': ['commitment']},
    why: 'means a settlement by mutual concession in English',
    context: 'for a pledge (Spanish compromiso)',
    examples: {
      flag: {text: 'The president reaffirmed his firm compromise with democracy.', quote: 'compromise', expected: ['commitment']},
      pass: 'The president reached a firm compromise with the opposition.'
    }
  },
  {
    id: 'effectives-officers',
    from: ['Spanish', 'French', 'Portuguese'],
    wrong: '(?<=\\b\\d[\\d,.]* (?:(?:police|military|army|security) )?)effectives|effectives(?= of the (?:police|army|national guard|security forces|military)\\b)',
    intended: {'*': ['officers', 'troops']},
    why: 'is rare as a noun in English',
    context: 'for members of a force (Spanish efectivos, French effectifs)',
    examples: {
      flag: {text: 'Some 2,000 police effectives were deployed.', quote: 'effectives', expected: ['officers', 'troops']},
      pass: 'Some 2,000 police officers were deployed and proved effective.'
    }
  },
  {
    id: 'delinquents-criminals',
    from: ['Spanish', 'French', 'Portuguese', 'Italian'],
    wrong: 'delinquents?',
    intended: {delinquent: ['criminal'], delinquents: ['criminals']},
    why: 'suggests a young offender or an overdue debt in English',
    context: 'for armed criminals (Spanish delincuente, French délinquant)',
    cues: 'robb\\w*|armed|shot|shooting|stole|stolen|assault\\w*|kidnap\\w*|murder\\w*|killed|gangs?|hostages?|firearms?|guns?',
    silentIn: 'juvenile|youths?|teen\\w*|minors?|accounts?|loans?|payments?|tax\\w*|mortgages?|borrowers?|debt\\w*|boys|girls|schools?',
    examples: {
      flag: {text: 'Three armed delinquents robbed a bank in the capital.', quote: 'delinquents', expected: ['criminals']},
      pass: 'Three juvenile delinquents robbed a kiosk in the capital.'
    }
  },
  {
    id: 'important-large',
    from: ['French', 'Spanish', 'Italian', 'Portuguese'],
    wrong: 'an important(?= (?:number|quantity|amount|sum|sums|crowd)\\b)',
    intended: {'*': ['a large']},
    why: 'means significant, not big, in English',
    context: 'for a quantity (French important, Spanish importante)',
    examples: {
      flag: {text: 'Police seized an important quantity of cocaine.', quote: 'an important', expected: ['a large']},
      pass: 'Police seized an important ledger with the cocaine.'
    }
  },
  {
    id: 'deception-disappointment',
    from: ['French', 'Spanish', 'Portuguese', 'Italian'],
    wrong: '(?<=\\b(?:great|big|huge|deep|immense|profound|bitter|general|total) )deception',
    intended: {'*': ['disappointment']},
    why: 'means deceit in English',
    context: 'for a let-down (French déception, Spanish decepción)',
    cues: 'fans?|supporters?|voters|teams?|players?|results?|defeat|lost|loss|match|game|coach|expectations?|hopes?|season|eliminat\\w*|draw',
    silentIn: 'fraud\\w*|lie|lies|lied|lying|scams?|hoax\\w*|trick\\w*|conspirac\\w*|deceiv\\w*|misled|mislead\\w*|propaganda|cheat\\w*|espionage|spy|spies|camouflage|intelligence',
    examples: {
      flag: {text: 'The defeat caused great deception among fans.', quote: 'deception', expected: ['disappointment']},
      pass: 'The fraud caused great deception among investors and fans.'
    }
  },
  {
    id: 'organs-agencies',
    from: ['Russian', 'Ukrainian', 'Belarusian'],
    wrong: '(?<=\\b(?:law[- ]enforcement|security|judicial|investigative|internal affairs) )organs|organs(?= of (?:internal affairs|state power|state security|law enforcement|local self-government)\\b)',
    intended: {'*': ['agencies', 'authorities']},
    why: 'means body parts in English',
    context: 'for state bodies (Russian organy)',
    silentIn: 'transplant\\w*|donors?|donat\\w*|harvest\\w*|kidneys?|livers?|surgery|surgeons?|patients?',
    examples: {
      flag: {text: 'He was questioned by law enforcement organs for six hours.', quote: 'organs', expected: ['agencies', 'authorities']},
      pass: 'He was questioned by law enforcement about organs sold abroad.'
    }
  }
]
