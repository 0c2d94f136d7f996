"""Word lists the actor matcher composes with: head nouns of forces and
governments, modifiers, agentive verbs and nouns, and generic descriptors
("the group", "gunmen") with the actor types they may refer to.

All entries are token keys (``registry.token_key``): folded, no accents.
"""

from __future__ import annotations

#: Heads that make "<demonym|country> ..." the national armed forces.
FORCE_HEADS = frozenset(
    """army armies military militaries forces force troops troop soldiers soldier servicemen servicemembers
    personnel trainers instructors advisers advisors officers commandos paratroopers marines
    navy units unit contingent contingents battalion battalions brigade brigades regiment regiments peacekeepers
    airmen sailors infantry garrison garrisons detachment detachments convoy convoys patrol patrols jets warplanes
    aircraft drones helicopters guards intelligence artillery""".split()
)

#: Two-token heads checked before single ones.
FORCE_HEADS_2 = frozenset({("air", "force"), ("armed", "forces"), ("special", "forces"), ("security", "forces"),
                           ("defence", "forces"), ("defense", "forces"), ("ground", "forces"), ("military", "personnel"),
                           ("military", "instructors"), ("military", "advisers"), ("military", "advisors"),
                           ("military", "trainers"), ("military", "officers"), ("military", "units"),
                           ("army", "units"), ("army", "officers"), ("national", "army"), ("national", "guard"),
                           ("air", "forces"), ("armed", "force"),
                           ("border", "guards"), ("border", "guard"), ("presidential", "guard"), ("republican", "guard"),
                           ("coast", "guard"), ("military", "intelligence")})

#: Police heads: a state's police is a state force, but not its armed forces ("Kenyan police officers"); so is its
#: gendarmerie, which conflict data codes with the police ("Chadian gendarmes").
POLICE_HEADS = frozenset({"police", "policemen", "policeman", "policewomen", "gendarmes", "gendarme", "gendarmerie"})
POLICE_HEADS_2 = frozenset({("police", "officers"), ("police", "officer"), ("police", "force"), ("national", "police"),
                            ("riot", "police"), ("federal", "police"), ("border", "police"), ("police", "forces"),
                            ("police", "command"), ("police", "commandos")})
#: The level of the state a force serves, kept in the descriptor's span: "federal troops" (a federal state's own
#: forces, README "Third set"), "state police", "federal police officers" (police at any level stays a null state force).
FORCE_LEVELS = frozenset({"federal"})
#: Level words before "government"/"authorities" that name a sub-national government: "the state government".
GOV_LEVELS = frozenset({"state", "regional", "provincial"})
POLICE_LEVELS = frozenset("federal state provincial municipal".split())
#: Nouns after "police" that make it a modifier ("police station", "police sources").
POLICE_NOT_HEAD = frozenset("station stations source sources spokesman spokeswoman spokesperson chief academy "
                            "headquarters report reports car cars vehicle vehicles post posts checkpoint checkpoints "
                            "barracks camp camps".split())

#: Words after a force head that still name the force itself: "the army's general staff", "Kyiv's army chief".
FORCE_TAILS = frozenset({("general", "staff"), ("high", "command"), ("command",), ("chief",), ("chiefs",),
                         ("air", "force")})  # "the army's air force": an arm of the force is the force

#: Participles that make "<word>-<participle>" a descriptive compound: "army-aligned", "Turkish-backed".
COMPOUND_PARTICIPLES = frozenset("""aligned backed led linked based installed supported sponsored allied affiliated
    funded armed trained made supplied built owned run controlled brokered operated produced manufactured""".split())

#: Nouns a nationality may stand before as a people, not a thing: "Russian partners" (the state); a nationality on
#: anything else ("a Russian jet", "the Malian border", "Russian-made drones") is no actor.
DEMONYM_PARTNERS = frozenset("partners partner allies ally counterparts counterpart side backers sponsors".split())
#: Force heads that are machines: a nationality on them ("Russian jets", "Malian drones") is the state's forces for
#: the events but no actor mention by the annotation rules (marked ``via="equipment"``); a force's own word keeps them
#: as mentions ("Army drones", "air force jets").
EQUIPMENT_HEADS = frozenset("jets jet warplanes warplane aircraft drones drone helicopters helicopter".split())

#: Words between a place preposition and a country that keep it a place: "in northern Mali".
PLACE_ADJECTIVES = frozenset("""north south east west northern southern eastern western central northeastern
    northwestern southeastern southwestern northeast northwest southeast southwest neighbouring neighboring rural
    remote landlocked wartorn war torn mainland coastal greater""".split())
#: Nouns whose "with <country>" is a place: "the border with Bangladesh".
BORDER_NOUNS = frozenset("border borders frontier frontiers boundary".split())
#: Prepositions after which a capital is the government, not a place: "cut ties with Kyiv", "a deal with Paris".
GOVERNMENT_PREPOSITIONS = frozenset("with against".split())

GOV_HEADS = frozenset(
    """government governments authorities authority officials official junta juntas regime president presidency
    leaders leader leadership ministry ministries minister ministers diplomats embassy administration cabinet state
    spokesman spokeswoman spokesperson envoy ambassador delegation rulers parliament premier mod""".split()
)

#: Token keys that count only in these writings: "MoD" is a ministry of defence, a game "mod" is not.
CASED_KEYS: dict[str, frozenset[str]] = {"mod": frozenset({"MoD"})}

#: Media after "state" ("Niger's state television"): a broadcaster, a source, not the state.
STATE_MEDIA = frozenset("television tv radio broadcaster media newspaper".split())

#: Fields a ministry is named by ("the ministry of culture", "Lebanon's health ministry"): whatever its field, a
#: ministry is the government. A short list of the usual portfolios, not every one a cabinet may have.
MINISTRY_FIELDS = frozenset({
    ("health",), ("public", "health"), ("culture",), ("finance",), ("justice",), ("education",), ("information",),
    ("communication",), ("communications",), ("mines",), ("energy",), ("agriculture",), ("trade",), ("economy",),
    ("transport",), ("water",), ("environment",), ("youth",), ("labour",), ("labor",), ("petroleum",), ("oil",),
    ("security",), ("public", "security"), ("internal", "security"), ("territorial", "administration"),
    ("humanitarian", "affairs"), ("social", "affairs"), ("religious", "affairs"), ("home", "affairs"),
    ("foreign", "affairs"), ("interior",), ("defence",), ("defense",), ("national", "defence"),
    ("national", "defense"), ("reconciliation",), ("human", "rights")})

GOV_HEADS_2 = frozenset({("prime", "minister"), ("foreign", "minister"), ("foreign", "ministry"), ("defence", "minister"),
                         ("defense", "minister"), ("defence", "ministry"), ("defense", "ministry"),
                         ("interior", "ministry"), ("interior", "minister"), ("home", "ministry"), ("home", "minister"),
                         ("military", "junta"), ("military", "government"), ("military", "rulers"),
                         ("military", "authorities"), ("military", "leaders"), ("military", "regime"),
                         ("head", "of"), ("foreign", "office")})

#: Words allowed between the country term and the head ("Mali's new military government").
MODIFIERS = frozenset(
    """new ruling military transitional interim current former then civilian local senior top elite regular
    national federal central royal provisional de facto own regional main official putschist coup-installed
    coup""".split()
)

#: Descriptive words kept before a group name: "the paramilitary Rapid Support Forces", "jihadist JNIM".
NAME_PREMODIFIERS = frozenset("""paramilitary jihadist jihadi islamist rebel separatist militant insurgent extremist former
    rival suspected alleged armed""".split())

#: Bare plural fighters that, with no modifier, belong to the group the same sentence named ("an RSF convoy ...
#: killing dozens of fighters").
SOFT_MEMBERS = frozenset("fighters militants combatants insurgents jihadists".split())

#: Verbs (inflected forms) whose subject stands for the state: "Russia said", "Moscow denied".
AGENT_VERBS = frozenset(
    """said says say announced announces denied denies accused accuses deployed deploys sent sends signed signs
    condemned condemns rejected rejects expelled expels demanded demands warned warns claimed claims confirmed
    confirms stated states insisted insists threatened threatens agreed agrees decided decides ordered orders
    launched launches withdrew withdraws recalled recalls suspended suspends protested protests called calls urged
    urges pledged pledges vowed vows responded responds refused refuses approved approves supplied supplies
    delivered delivers backed backs supported supports hired hires invited invites requested requests asked asks
    welcomed welcomes dismissed dismisses blamed blames summoned summons imposed imposes sanctioned sanctions
    recognised recognized recognises recognizes ended ends terminated terminates cut cuts broke breaks
    annexed annexes invaded invades attacked attacks struck strikes bombed bombs remains remained designated
    designates fired fires captured captures seized seizes shelled shells shot shoots downed downs targeted targets
    mobilised mobilized mobilises mobilizes retaliated retaliates intercepted intercepts reinforced reinforces
    evacuated evacuates pulled pulls carried carries conducted conducts killed kills arrested arrests detained
    detains""".split()
)

#: Words that may sit between a subject and its verb ("Russia has reportedly deployed").
AUX = frozenset("""has have had will would is was were are also then reportedly quickly officially publicly later
    recently allegedly already swiftly again itself""".split())

#: Possessed nouns that make "<country|capital>'s" the government: "Niamey's request", "Moscow's backing".
AGENTIVE_NOUNS = frozenset(
    """efforts effort commitment decision decisions search ability support policy policies reliance response
    control strategy request call offer position stance plan plans intention intentions bid move moves ambitions
    ambition interests interest attempt attempts approach demands demand refusal withdrawal approval denial proposal
    involvement influence backing allies ally partners partner partnership relations relationship pivot turn
    offensive campaign operations operation invasion war diplomacy sanctions agreement deal accusations accusation
    complaint protest threat threats objections objection concerns concern criticism response
    ultimatum""".split()
)

#: Possessed nouns that keep "<country>'s" a place: "Mali's north", "Bamako's airport".
PLACE_NOUNS = frozenset(
    """north south east west northeast northwest southeast southwest centre center capital border borders region
    regions territory soil airspace cities city towns town villages village population people citizens civilians
    economy streets outskirts interior airport airports mines desert coast river lakes""".split()
)

#: Words that open the name of a lake or a sea named after a country: "Lake Chad", "Lake Malawi".
WATER_NAMES = frozenset("lake lac".split())

#: Prepositions after which a country name is a place, not an actor.
PLACE_PREPOSITIONS = frozenset("in into to from across throughout within inside outside near around at over via "
                               "towards toward through en au aux".split())

#: Armed men a nationality before them makes that state's forces ("the Russian fighters"), unless "of"/"from" a
#: group follows ("Burkinabe fighters of the VDP": the group's, ``merging.national_members``).
NATIONAL_FIGHTERS = frozenset({"fighters", "fighter"})
FIGHTERS_OF = frozenset({"of", "from"})

#: Nouns that extend a group name: "Wagner forces", "JNIM fighters", "Wagner's mercenaries".
MEMBER_NOUNS = frozenset(
    """fighters fighter forces force mercenaries mercenary militants militant troops soldiers members member
    contractors operatives personnel men units unit jihadists jihadist rebels rebel combatants elements instructors
    trainers commanders commander militia militiamen insurgents insurgent gunmen group peacekeepers volunteers
    cell cells dissidents dissident faction factions wing branch affiliate loyalists recruits guerrillas guerrilla
    vigilantes
    gang gangs auxiliaries auxiliary officers cadres""".split()
)
#: Heads of a numbered unit ("the 47th Mechanized Brigade", "the 58th Combined Arms Army"): a state's forces.
#: What a "<demonym>-led" compound names as a multinational operation: "the Kenyan-led force".
LED_OPERATIONS = frozenset("force mission operation".split())

#: Nouns that end an organisation's office or agency written in lowercase ("the UN human rights office").
BODY_HEADS = frozenset("office agency body bureau department panel committee commission secretariat fund".split())

UNIT_HEADS = frozenset("brigade division battalion regiment corps army".split())
#: A state's ruling body before its acts or its forces: "junta airstrikes" (the junta acts), "the regime's forces"
#: (its armed forces).
RULING_MODIFIERS = frozenset({"junta", "regime", "government", "military junta", "military government"})
#: Ruling bodies whose people are one mention of the state's own armed forces over the phrase ("junta troops",
#: "government troops"): never a foreign force the text named before, as a bare "troops" may be.
RULERS_WITH_FORCES = frozenset({"junta", "military junta", "government"})
#: Nouns of an armed action: a state word before one is the actor of the action ("junta airstrikes").
ACTION_NOUNS = frozenset("""airstrike airstrikes strike strikes attack attacks shelling bombardment bombardments bombing
    bombings offensive offensives raid raids assault assaults crackdown""".split())
#: Words that may stand before an action noun in the same phrase: "junta air strikes", "regime drone strikes".
ACTION_MODIFIERS = frozenset("air drone artillery missile rocket aerial ground".split())
#: "the mission": the mission named before it, else the one operation where the report is (``DocMatcher._the_mission``).
MISSION_DESCRIPTORS = frozenset({"mission"})
#: Words allowed between an actor's possessive and its members: "the confederation's first troops".
POSSESSED_MEMBER_MODIFIERS = frozenset("first last remaining own best few many".split())
#: Descriptors that as often describe the next noun: "the cartel" is a group, "cartel gunmen", "a gang leader" not.
NOUN_MODIFIER_DESCRIPTORS = frozenset({"cartel", "gang"})
#: Nouns after an organisation's name that make it one of its missions: "the SADC mission in eastern Congo".
MISSION_NOUNS = frozenset("mission force operation".split())
#: Types of a named actor that "<country>'s" may stand before as part of its name ("Colombia's ELN").
POSSESSED_TYPES = frozenset({"armed_group", "pmc", "state_force"})

#: Member nouns that are persons, not a body: "commander of the X" names a leader, not one mention of X.
PERSON_MEMBERS = frozenset("commander commanders".split())

#: Generic descriptors -> actor types they can refer to. Multi-word keys are space-joined token keys.
DESCRIPTORS: dict[str, tuple[str, ...]] = {
    "group": ("armed_group", "pmc"),
    "groups": ("armed_group", "pmc"),
    "armed group": ("armed_group",),
    "armed groups": ("armed_group",),
    # Myanmar's usage for the ethnic insurgencies as a class: no one group
    "ethnic armed organisation": ("armed_group",),
    "ethnic armed organisations": ("armed_group",),
    "ethnic armed organization": ("armed_group",),
    "ethnic armed organizations": ("armed_group",),
    "ethnic armed groups": ("armed_group",),
    # a unit of an armed movement named by its creed: one of the groups the text names ("the Islamist battalion")
    "islamist battalion": ("armed_group",),
    "islamist brigade": ("armed_group",),
    "jihadist battalion": ("armed_group",),
    "jihadist brigade": ("armed_group",),
    "jihadist group": ("armed_group",),
    "jihadist groups": ("armed_group",),
    "militant group": ("armed_group",),
    "terrorist group": ("armed_group",),
    "terror group": ("armed_group",),
    "insurgent group": ("armed_group",),
    "rebel group": ("armed_group",),
    "rebel groups": ("armed_group",),
    "separatist group": ("armed_group",),
    "separatist groups": ("armed_group",),
    "militia": ("armed_group",),
    "militias": ("armed_group",),
    "militiamen": ("armed_group",),
    "self-defence group": ("armed_group",),
    "self-defense group": ("armed_group",),
    "self-defence groups": ("armed_group",),
    "self-defense groups": ("armed_group",),
    # unnamed local defence groups and former fighters: an armed group no name tells ("local defence groups",
    # "ex-combatants"); the bare "defence group" is also a firm, so a local word must come with it
    "local defence group": ("armed_group",),
    "local defence groups": ("armed_group",),
    "local defense group": ("armed_group",),
    "local defense groups": ("armed_group",),
    "village defence group": ("armed_group",),
    "village defence groups": ("armed_group",),
    "community defence group": ("armed_group",),
    "community defence groups": ("armed_group",),
    "ex-combatants": ("armed_group",),
    "ex-rebels": ("armed_group",),
    "movement": ("armed_group",),
    "organisation": ("armed_group", "igo", "ngo", "source"),
    "organization": ("armed_group", "igo", "ngo", "source"),
    "jihadists": ("armed_group",),
    "islamists": ("armed_group",),
    "militants": ("armed_group",),
    "insurgents": ("armed_group",),
    "terrorists": ("armed_group",),
    "extremists": ("armed_group",),
    "fighters": ("armed_group", "pmc"),
    "rebels": ("armed_group",),
    "guerrillas": ("armed_group",),
    "guerrilla group": ("armed_group",),
    "separatists": ("armed_group",),
    "gunmen": ("armed_group",),
    "armed men": ("armed_group",),
    "armed individuals": ("armed_group",),
    "assailants": ("armed_group",),
    "attackers": ("armed_group",),
    "bandits": ("armed_group",),
    "kidnappers": ("armed_group",),
    "defence ministry": ("government",),
    "ministry of defence": ("government",),
    "ministry of defense": ("government",),
    "ministry of national defence": ("government",),
    "ministry of national defense": ("government",),
    "national defence ministry": ("government",),
    "national defense ministry": ("government",),
    "ministry of foreign affairs": ("government",),
    "defense ministry": ("government",),
    "foreign ministry": ("government",),
    "interior ministry": ("government",),
    "police": ("state_force",),
    "police officers": ("state_force",),
    "policemen": ("state_force",),
    "riot police": ("state_force",),
    "police command": ("state_force",),
    "police commandos": ("state_force",),
    "gendarmes": ("state_force",),
    "gendarme": ("state_force",),
    "gendarmerie": ("state_force",),
    "bombers": ("armed_group",),
    "suicide bombers": ("armed_group",),
    "cartels": ("armed_group",),
    "cartel": ("armed_group",),
    "gang": ("armed_group",),
    "gangs": ("armed_group",),
    "gang members": ("armed_group",),
    "faction": ("armed_group",),
    "factions": ("armed_group",),
    "paramilitary group": ("pmc", "armed_group"),
    "paramilitary force": ("pmc", "armed_group"),
    "paramilitaries": ("pmc", "armed_group"),
    "vigilantes": ("armed_group",),
    "vigilante group": ("armed_group",),
    "vigilante groups": ("armed_group",),
    "mercenaries": ("pmc",),
    "mercenary group": ("pmc",),
    "mercenary force": ("pmc",),
    "contractors": ("pmc",),
    "private military contractors": ("pmc",),
    "private military contractor": ("pmc",),
    "private military company": ("pmc",),
    "private military companies": ("pmc",),
    "private military firm": ("pmc",),
    "private security company": ("pmc",),
    "pmc": ("pmc",),
    "pmcs": ("pmc",),
    # the Russian abbreviation (ChVK, "private military company"), as in "ChVK Wagner"
    "chvk": ("pmc",),
    "chvks": ("pmc",),
    "mod": ("government",),  # "the MoD said": only in that writing, see CASED_KEYS
    "junta": ("government",),
    "regime": ("government",),
    "government": ("government",),
    "authorities": ("government",),
    "administration": ("government",),
    "transitional authorities": ("government",),
    "military government": ("government",),
    "military junta": ("government",),
    "ruling junta": ("government",),
    "army": ("state_force",),
    "national army": ("state_force",),
    "air force": ("state_force",),
    "navy": ("state_force",),
    "security forces": ("state_force",),
    "defence forces": ("state_force",),
    "defense forces": ("state_force",),
    "special forces": ("state_force",),
    "military": ("state_force",),
    "armed forces": ("state_force",),
    "troops": ("state_force", "pmc"),
    "soldiers": ("state_force",),
    "marines": ("state_force",),
    "fds": ("state_force",),
    "forces": ("state_force", "pmc", "armed_group"),
    "mission": ("igo", "state_force"),
    "peacekeepers": ("igo",),
    "peacekeeper": ("igo",),
    "peacekeeping mission": ("igo",),
    "peacekeeping force": ("igo",),
    "peacekeeping forces": ("igo",),
    "peacekeeping troops": ("igo",),
    "bloc": ("igo",),
    "regional bloc": ("igo",),
    "alliance": ("igo", "armed_group"),
    "confederation": ("igo", "armed_group"),
    "think tank": ("source",),
    "think-tank": ("source",),
    "institute": ("source",),
    "news agency": ("source",),
    "agency": ("source", "igo"),
    "researchers": ("source",),
    "analysts": ("source",),
    "rights group": ("source", "ngo"),
    "watchdog": ("source", "ngo"),
    "members": ("armed_group", "pmc", "state_force", "igo"),
    "elements": ("armed_group", "pmc", "state_force"),
    "leader": ("person",),
    "chief": ("person",),
    "founder": ("person",),
    "commander": ("person",),
}
# every ministry field, both writings ("the health ministry", "the ministry of health"), is the government
for _field in MINISTRY_FIELDS:
    DESCRIPTORS.setdefault(" ".join(_field) + " ministry", ("government",))
    DESCRIPTORS.setdefault("ministry of " + " ".join(_field), ("government",))

#: Police descriptors: a state force the registry does not list, kept as found ("police blamed ...").
POLICE_DESCRIPTORS = frozenset({"police", "police officers", "policemen", "riot police", "police command",
                                "police commandos", "gendarmes", "gendarme", "gendarmerie"})

#: Descriptors that name an unknown armed actor when nothing earlier fits ("gunmen", "a militia").
ARMED_UNKNOWN = frozenset(k for k, v in DESCRIPTORS.items() if v[0] in ("armed_group", "pmc")
                          and k not in ("group", "groups", "movement", "organisation", "organization", "alliance", "members",
                                       "elements"))

DETERMINERS = frozenset("the this that these those".split())

#: Descriptors of a peace operation that name no organisation: "peacekeepers", "the peacekeeping force". With no
#: mission named before them they are the one mission active in the country at the report date.
PEACE_DESCRIPTORS = frozenset({"peacekeepers", "peacekeeper", "peacekeeping mission", "peacekeeping force",
                               "peacekeeping forces", "peacekeeping troops"})

#: Descriptors for a state's own institutions: "the army", "the junta" stand for the forces or the government of
#: the country the report is about, unless the same sentence names another one before them.
INSTITUTIONAL = frozenset(
    k for k, v in DESCRIPTORS.items() if v == ("government",) or k in (
        "army", "military", "armed forces", "national army", "air force", "security forces", "defence forces",
        "defense forces", "special forces", "fds"))

#: Force descriptors that stand for the report's own country's forces even with no determiner ("soldiers").
BARE_NATIONAL = frozenset({"soldiers", "troops", "army", "military", "armed forces", "security forces",
                           "defence forces", "defense forces", "special forces", "air force", "national army", "fds",
                           "marines"})
#: Acronyms that name a state's own forces in many countries, as written there: "FDS" (forces de défense et de
#: sécurité) in Burkina Faso, Niger, Mali, Côte d'Ivoire... the forces of the country the report is about; matched
#: only in capitals ("fds" is no word), and never inside a longer name ("FDS kurdes" is the SDF).
FORCE_ACRONYMS = frozenset({"FDS"})

#: Posts a force holds: "a military base", "an army camp" are that force's.
FORCE_POSTS = frozenset("base bases camp camps post posts outpost outposts barracks checkpoint checkpoints position "
                        "positions garrison headquarters airbase".split())

#: Facilities: a force word before one of them that is not a post ("a military hospital", "an army academy")
#: describes the place, it names no actor.
FACILITY_NOUNS = FORCE_POSTS | frozenset("""hospital hospitals clinic academy academies school schools college colleges
    airport airports airfield airfields airstrip airstrips facility facilities installation installations compound
    compounds depot depots hangar hangars prison prisons jail cemetery warehouse warehouses complex site sites
    zone zones area areas building buildings dormitory barrack""".split())
#: Force words that are adjectives before a noun: "a military base" is a kind of base, while "an army camp",
#: "army positions" are the army's own posts (a noun used like a possessor).
ADJECTIVE_FORCE_WORDS = frozenset({"military"})

#: A force's own weapons named in the singular: "a military jet struck the market" is the forces' jet, while
#: "a military base" or "military sources" only describe the noun.
FORCE_WEAPONS = frozenset("jet warplane drone helicopter gunship aircraft tank".split())

#: Words between a force noun and the side it serves: "forces aligned with X", "fighters loyal to X".
ALIGNED_WORDS = frozenset("aligned allied loyal affiliated".split())

#: Words before a force descriptor that make it someone else's forces: "foreign troops", "rebel soldiers".
NOT_OWN = frozenset("""foreign rebel rebels mutinous renegade rogue former ex deserting defecting private child
    allied partner international multinational regional western enemy opposing opposition dissident breakaway
    african european arab un""".split())
POSSESSIVES = frozenset("its their his her".split())

#: Words before a descriptor that make it some group other than, or not only, the one named before: "other
#: militants", "rival guerrillas", "some rebels". Such a descriptor is no coreference.
QUALIFIERS = frozenset("other others rival another some several many various few numerous different".split())

#: Descriptors that only fit a group fighting the state: never a pro-government militia ("the jihadists" after JNIM
#: and the VDP are JNIM) nor a group the text calls paramilitary ("the rebels" after the SPLM-N and "the paramilitary
#: RSF" are the SPLM-N).
INSURGENT_DESCRIPTORS = frozenset({
    "rebels", "rebel group", "rebel groups", "guerrillas", "guerrilla group", "insurgents", "insurgent group",
    "jihadists", "jihadist group", "jihadist groups", "islamists", "militants", "militant group", "terrorists",
    "terrorist group", "terror group", "extremists", "separatists", "separatist group", "separatist groups"})
#: Descriptors that only fit a local self-defence group (registry ``kind: vigilante``: the CJTF, the Koglweogo),
#: never a cartel or jihadist group named before ("ambushed police, while vigilantes blocked the road").
VIGILANTE_DESCRIPTORS = frozenset({"vigilantes", "vigilante group", "vigilante groups"})
#: Descriptors that fit a group the text calls paramilitary, when it calls one so.
PARAMILITARY_DESCRIPTORS = frozenset({"paramilitaries", "paramilitary group", "paramilitary force"})
#: Words in or just before a group's mention that say it sides with the state ("the pro-junta Pyu Saw Htee
#: militia", "government-backed vigilantes"), read on the text with hyphens kept.
PRO_STATE_PREFIXES = ("pro-government", "pro-junta", "pro-army", "pro-regime", "pro-military")
PRO_STATE_SUFFIXES = ("-backed", "-allied", "-aligned")
PRO_STATE_PATRONS = frozenset("government junta army regime military state".split())

#: Counting words left out of a mention's span ("five other cartels" -> "cartels").
COUNT_WORDS = frozenset("several dozens hundreds many some various other others few numerous".split())

#: Left modifiers kept in the name of an unknown armed actor ("suspected jihadist fighters").
UNKNOWN_MODIFIERS = frozenset(
    """suspected unidentified unknown alleged armed heavily presumed islamist jihadist jihadi radical extremist
    rival local ethnic self-defence self-defense pro-government anti-government criminal several dozens hundreds
    many some various other islamic rebel separatist militant terrorist cartel gang paramilitary suicide""".split()
)

#: Words in an organisation name that say what kind of actor an unknown one is.
ORG_ARMED_WORDS = frozenset("""front army brigade brigades militia movement battalion forces force katiba liberation
    resistance mujahideen jihad islamic islamist coalition legion guard rebels""".split())
#: Words that make an unknown organisation a state force, before the armed words: "National Guard", "National Police".
ORG_STATE_WORDS = frozenset("guard police gendarmerie navy coastguard".split())
ORG_SOURCE_WORDS = frozenset("""news times post radio tv television agency press herald journal tribune institute
    center centre council university foundation magazine gazette monitor observatory""".split())
ORG_GOV_WORDS = frozenset("ministry ministere government presidency parliament assembly senate".split())
ORG_PLACE_WORDS = frozenset("""airport base camp hospital stadium hotel school bridge port market mosque church prison
    street avenue square dam mine""".split())

#: Heads that make a name before them a place ("the Bankass area", "Koro district"): a name the tagger took for
#: an organisation is no actor with one of these as its head and no group word.
PLACE_HEADS = frozenset("""area areas district districts town region commune communes province village city county
    locality zone department prefecture municipality neighbourhood neighborhood suburb""".split())

#: Region names the small model sometimes tags as ORG/PERSON; never actors by themselves.
REGION_WORDS = frozenset("""sahel sahara maghreb azawad liptako gourma macina sahelian levant horn""".split())

#: Acronyms that two actors share in news, by the country each belongs to: the other names in the text tell
#: which one is meant ("SNA": the Somali National Army beside al-Shabaab, the Syrian National Army beside the SDF).
SHARED_ACRONYMS: dict[str, dict[str, str]] = {
    "SNA": {"SO": "armed_forces.so", "SY": "syrian_national_army"},
}

#: Lowercase particles inside Spanish and Portuguese names ("Cártel Santa Rosa de Lima", "Comando de la Frontera").
NAME_PARTICLES = frozenset("de del la las los do da dos das".split())
#: Capitalised generic nouns that open a Spanish or Portuguese group name ("Frente Carolina Ramírez").
NAME_OPENERS = frozenset("""cartel frente comando bloque columna ejercito grupo brigada movimiento fuerzas
    autodefensas milicia""".split())
#: Lowercase group nouns that close a name written before them ("the Ti Makak gang").
NAME_TAILS = frozenset("gang cartel".split())
#: Force nouns after a name that are the name's own, besides member nouns ("Danab commandos").
NAME_MEMBERS = frozenset("commandos commando marines paratroopers militias".split())
#: Words between a name and its member noun that keep them one mention ("Macawisley clan militias").
NAME_MEMBER_LINKS = frozenset({"clan"})

#: months and weekdays: capitalised, yet never a word of a name ("On Monday Police arrested ...")
CALENDAR = frozenset("""january february march april may june july august september october november december
    monday tuesday wednesday thursday friday saturday sunday""".split())
