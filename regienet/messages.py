"""The message catalogue: ``key -> (English, Dutch)``.

Grouped by area; keys are stable. Placeholders use ``str.format`` names.
Dutch uses the report's own terms: overzicht, beleidslijnen, inzet en
samenwerking, verantwoording, eigen actor, regisseur, lokaal bestuur.
Rule titles and rationales live with the rules (one rule = one unit) but are
merged into this catalogue at import time, so there is still one catalogue.
"""

from __future__ import annotations

MESSAGES: dict[str, tuple[str, str]] = {
    # ------------------------------------------------------------------ words
    "word.and": ("and", "en"),
    "word.column": ("column", "kolom"),
    "word.fix": ("Fix", "Oplossing"),
    "word.line": ("line", "regel"),
    "word.unknown": ("unknown", "onbekend"),
    "word.yes": ("yes", "ja"),
    "word.no": ("no", "nee"),
    "word.none": ("none", "geen"),
    "hint.did_you_mean": ("Did you mean '{suggestion}'?", "Bedoelde u '{suggestion}'?"),
    # ------------------------------------------------------------- actor kinds
    "kind.municipality": ("municipality", "gemeente"),
    "kind.ocmw": ("OCMW", "OCMW"),
    "kind.enterprise": ("social enterprise", "sociale onderneming"),
    "kind.support": ("support organisation", "ondersteunende organisatie"),
    "kind.forum": ("forum", "overlegplatform"),
    "kind.authority": ("higher government", "hogere overheid"),
    "kinds.municipality": ("municipalities", "gemeenten"),
    "kinds.ocmw": ("OCMWs", "OCMW's"),
    "kinds.enterprise": ("social enterprises", "sociale ondernemingen"),
    "kinds.support": ("support organisations", "ondersteunende organisaties"),
    "kinds.forum": ("forums", "overlegplatformen"),
    "kinds.authority": ("higher governments", "hogere overheden"),
    "kinds.relations": ("relations", "relaties"),
    # --------------------------------------------------------- relation kinds
    "relation.founded": ("founded", "opgericht"),
    "relation.seat": ("seat in governing body", "zetel in bestuursorgaan"),
    "relation.client": ("client", "klant"),
    "relation.agreement": ("cooperation agreement", "samenwerkingsovereenkomst"),
    "relation.funding": ("funding", "financiering"),
    "relation.referral": ("referral of clients", "doorverwijzing van cliënten"),
    "relation.consulted": ("consulted on policy plans", "geconsulteerd bij beleidsplannen"),
    "relation.informs": ("informs", "informeert"),
    "relation.reports_to": ("reports to", "rapporteert aan"),
    "relation.convenes": ("convenes", "organiseert"),
    "relation.member": ("member of", "lid van"),
    "relation.cooperation": ("cooperation", "samenwerking"),
    "relation.accounts_to": ("accounts to", "legt verantwoording af aan"),
    # ------------------------------------------------------------------ layers
    "layer.governance": ("governance", "bestuur"),
    "layer.economic": ("economic", "economisch"),
    "layer.policy": ("policy", "beleid"),
    "layer.cooperation": ("cooperation", "samenwerking"),
    # --------------------------------------------------------------- problems
    "problem.missing_path": ("the data path does not exist.", "het gegevenspad bestaat niet."),
    "hint.missing_path": (
        "Pass --data with a folder holding actors.csv and relations.csv (or an .xlsx workbook). "
        "'regienet init DIR' creates empty templates.",
        "Geef met --data een map met actors.csv en relations.csv (of een .xlsx-werkmap). "
        "'regienet init MAP' maakt lege sjablonen.",
    ),
    "problem.not_a_folder": ("is a file, not a folder of CSV files.", "is een bestand, geen map met CSV-bestanden."),
    "hint.not_a_folder": (
        "Pass the folder that holds actors.csv and relations.csv, or an .xlsx workbook.",
        "Geef de map met actors.csv en relations.csv, of een .xlsx-werkmap.",
    ),
    "problem.missing_file": ("file not found.", "bestand niet gevonden."),
    "hint.missing_file": (
        "The data folder must hold {name}. 'regienet init DIR' writes a template with the right columns.",
        "De gegevensmap moet {name} bevatten. 'regienet init MAP' schrijft een sjabloon met de juiste kolommen.",
    ),
    "problem.not_a_file": ("is not a regular file.", "is geen gewoon bestand."),
    "hint.not_a_file": ("Replace it with the CSV file.", "Vervang het door het CSV-bestand."),
    "problem.unreadable": ("cannot be read ({reason}).", "kan niet gelezen worden ({reason})."),
    "hint.unreadable": ("Check that the file exists and that you may read it.", "Controleer of het bestand bestaat en leesbaar is."),
    "problem.file_too_large": ("the file is {size_mb} MB; the limit is {max_mb} MB.", "het bestand is {size_mb} MB; de grens is {max_mb} MB."),
    "hint.file_too_large": (
        "Split the region, or remove columns regienet does not use.",
        "Splits de regio op, of verwijder kolommen die regienet niet gebruikt.",
    ),
    "problem.empty_file": ("the file is empty (no header row).", "het bestand is leeg (geen kopregel)."),
    "hint.empty_file": (
        "The first line must name the columns; see docs/data-format.md or run 'regienet init DIR'.",
        "De eerste regel moet de kolommen benoemen; zie docs/data-format.md of 'regienet init MAP'.",
    ),
    "problem.no_rows": ("the file has a header but no rows.", "het bestand heeft een kopregel maar geen rijen."),
    "hint.no_rows": ("Add at least the municipalities and their OCMWs.", "Voeg minstens de gemeenten en hun OCMW's toe."),
    "problem.workbook_as_csv": ("this is an Excel workbook saved under a .csv name.", "dit is een Excel-werkmap onder een .csv-naam."),
    "hint.workbook_as_csv": (
        "In Excel choose 'Save as' → 'CSV (comma/semicolon delimited)', or pass the .xlsx itself with --data.",
        "Kies in Excel 'Opslaan als' → 'CSV (gescheiden door lijstscheidingsteken)', of geef de .xlsx zelf met --data.",
    ),
    "problem.binary_file": ("the file holds binary data (a NUL byte), not text.", "het bestand bevat binaire gegevens (een NUL-byte), geen tekst."),
    "hint.binary_file": ("Export the sheet again as CSV.", "Exporteer het blad opnieuw als CSV."),
    "problem.undecodable": (
        "byte {value} is neither UTF-8 nor Windows-1252 text.",
        "byte {value} is geen UTF-8- en geen Windows-1252-tekst.",
    ),
    "hint.undecodable": (
        "Save the file as 'CSV UTF-8' in Excel, or re-encode it to UTF-8.",
        "Sla het bestand op als 'CSV UTF-8' in Excel, of zet het om naar UTF-8.",
    ),
    "problem.csv_syntax": ("the CSV cannot be parsed here ({detail}).", "de CSV kan hier niet gelezen worden ({detail})."),
    "hint.csv_syntax": (
        "Look for an unclosed quote (\") or an enormous cell near this line.",
        "Zoek een niet-gesloten aanhalingsteken (\") of een enorme cel rond deze regel.",
    ),
    "problem.ragged_row": (
        "the row has {found} cells but the header has {expected}.",
        "de rij heeft {found} cellen maar de kopregel {expected}.",
    ),
    "hint.ragged_row": (
        "A cell probably contains the delimiter '{delimiter}': separate list items with '|' or put the cell in double quotes.",
        "Een cel bevat waarschijnlijk het scheidingsteken '{delimiter}': scheid lijstitems met '|' of zet de cel tussen dubbele aanhalingstekens.",
    ),
    "problem.duplicate_column": ("column '{value}' appears twice in the header.", "kolom '{value}' staat twee keer in de kopregel."),
    "hint.duplicate_column": ("Delete or rename one of them.", "Verwijder of hernoem er een."),
    "problem.unnamed_column": ("a column without a name holds '{value}'.", "een kolom zonder naam bevat '{value}'."),
    "hint.unnamed_column": ("Give the column a name in the header, or empty it.", "Geef de kolom een naam in de kopregel, of maak ze leeg."),
    "problem.missing_column": ("required column '{column}' is missing (found: {found}).", "verplichte kolom '{column}' ontbreekt (gevonden: {found})."),
    "hint.missing_column": (
        "Add a column named '{column}' to the header row; see docs/data-format.md.",
        "Voeg een kolom '{column}' toe aan de kopregel; zie docs/data-format.md.",
    ),
    "problem.cell_too_long": ("the cell is longer than {max} characters.", "de cel is langer dan {max} tekens."),
    "hint.cell_too_long": ("Shorten it; long notes belong in a separate document.", "Kort ze in; lange notities horen in een apart document."),
    "problem.blank_required": ("'{column}' is required but blank.", "'{column}' is verplicht maar leeg."),
    "hint.blank_required": ("Fill in '{column}' for this row, or delete the row.", "Vul '{column}' in voor deze rij, of verwijder de rij."),
    "problem.not_applicable": (
        "'{value}' is filled in, but '{column}' only applies to rows of kind {applies} (this row's kind is {kind}).",
        "'{value}' is ingevuld, maar '{column}' geldt alleen voor rijen van soort {applies} (deze rij is van soort {kind}).",
    ),
    "hint.not_applicable": ("Empty this cell, or correct the row's kind.", "Maak deze cel leeg, of corrigeer de soort (kind) van de rij."),
    "problem.bad_id": (
        "id '{value}' is not valid: use lower-case letters, digits, '_', '.', '-', starting with a letter or digit.",
        "id '{value}' is ongeldig: gebruik kleine letters, cijfers, '_', '.', '-', beginnend met een letter of cijfer.",
    ),
    "hint.bad_id": ("For example '{suggestion}'.", "Bijvoorbeeld '{suggestion}'."),
    "problem.duplicate_id": ("id '{value}' is used before, on line {first}.", "id '{value}' is al gebruikt, op regel {first}."),
    "hint.duplicate_id": ("Give every actor its own id.", "Geef elke actor een eigen id."),
    "problem.unknown_value": ("'{value}' is not an allowed value.", "'{value}' is geen toegelaten waarde."),
    "hint.unknown_value": ("Use one of: {allowed}.", "Gebruik een van: {allowed}."),
    "problem.bad_list_separator": (
        "'{value}' separates list items with ',' or ';'.",
        "'{value}' scheidt lijstitems met ',' of ';'.",
    ),
    "hint.bad_list_separator": ("Separate items with '|': '{fixed}'.", "Scheid items met '|': '{fixed}'."),
    "problem.bad_yesno": ("'{value}' is not yes or no.", "'{value}' is geen ja of nee."),
    "hint.bad_yesno": (
        "Write yes/no (ja/nee, true/false, 1/0 also work); leave blank when unknown.",
        "Schrijf ja/nee (yes/no, true/false, 1/0 mag ook); laat leeg als het onbekend is.",
    ),
    "problem.bad_number": ("'{value}' is not a number.", "'{value}' is geen getal."),
    "hint.bad_number": (
        "Write a plain number such as 12.5 or 12,5; leave blank when unknown.",
        "Schrijf een gewoon getal zoals 12,5 of 12.5; laat leeg als het onbekend is.",
    ),
    "problem.ambiguous_number": (
        "'{value}' is ambiguous: '.' could be a decimal point or a thousands separator.",
        "'{value}' is dubbelzinnig: '.' kan een decimaalteken of een duizendtalscheiding zijn.",
    ),
    "hint.ambiguous_number": ("Write the amount without thousands separators, e.g. 12500.", "Schrijf het bedrag zonder duizendtalscheiding, bv. 12500."),
    "problem.bad_integer": ("'{value}' is not a whole number.", "'{value}' is geen geheel getal."),
    "hint.bad_integer": ("Write a whole number such as 3; leave blank when unknown.", "Schrijf een geheel getal zoals 3; laat leeg als het onbekend is."),
    "problem.bad_year": ("'{value}' is not a year.", "'{value}' is geen jaartal."),
    "hint.bad_year": ("Write a four-digit year such as 2010.", "Schrijf een jaartal van vier cijfers zoals 2010."),
    "problem.out_of_range": ("'{value}' is out of range ({low} to {high}).", "'{value}' valt buiten het bereik ({low} tot {high})."),
    "hint.out_of_range": ("Correct the value.", "Corrigeer de waarde."),
    "problem.missing_municipality": (
        "a {kind} row must name its municipality.",
        "een rij van soort {kind} moet haar gemeente noemen.",
    ),
    "hint.missing_municipality": (
        "Fill in the municipality id (a municipality row names itself).",
        "Vul de id van de gemeente in (een gemeenterij noemt zichzelf).",
    ),
    "problem.unknown_municipality": ("'{value}' is not the id of a municipality in actors.csv.", "'{value}' is geen id van een gemeente in actors.csv."),
    "hint.unknown_municipality": (
        "Use a municipality id ({known}); in operates_in separate ids with '|' or write '*' for all.",
        "Gebruik een gemeente-id ({known}); scheid in operates_in id's met '|' of schrijf '*' voor alle.",
    ),
    "problem.municipality_not_self": (
        "a municipality row must name itself in 'municipality', not '{value}'.",
        "een gemeenterij moet zichzelf noemen in 'municipality', niet '{value}'.",
    ),
    "hint.municipality_not_self": ("Write '{own}'.", "Schrijf '{own}'."),
    "problem.duplicate_ocmw": ("municipality '{value}' already has an OCMW.", "gemeente '{value}' heeft al een OCMW."),
    "hint.duplicate_ocmw": ("Keep one OCMW row per municipality.", "Houd één OCMW-rij per gemeente."),
    "problem.unknown_actor": ("'{value}' is not an id in {actors}.", "'{value}' is geen id in {actors}."),
    "hint.unknown_actor": (
        "Add the actor to {actors} or correct the id.",
        "Voeg de actor toe aan {actors} of corrigeer de id.",
    ),
    "problem.wrong_endpoint_kind": (
        "a '{relation}' relation cannot have '{value}' (kind {actual}) as {end}.",
        "een relatie '{relation}' kan '{value}' (soort {actual}) niet als {end} hebben.",
    ),
    "hint.wrong_endpoint_kind": (
        "The {end} of '{relation}' must be of kind: {allowed}. Swap source and target or pick another kind; see docs/data-format.md.",
        "De {end} van '{relation}' moet van soort {allowed} zijn. Wissel source en target of kies een andere soort; zie docs/data-format.md.",
    ),
    "problem.self_loop": ("source and target are the same actor '{value}'.", "source en target zijn dezelfde actor '{value}'."),
    "hint.self_loop": ("A relation links two different actors.", "Een relatie verbindt twee verschillende actoren."),
    "problem.via_not_government": (
        "'{value}' in 'via' is not a municipality or OCMW.",
        "'{value}' in 'via' is geen gemeente of OCMW.",
    ),
    "hint.via_not_government": (
        "'via' names the government that brokered the cooperation; leave blank if none.",
        "'via' noemt het bestuur dat de samenwerking tot stand bracht; laat leeg als er geen is.",
    ),
    "problem.year_order": ("'until' ({value}) is before 'since' ({since}).", "'until' ({value}) ligt voor 'since' ({since})."),
    "hint.year_order": ("Swap the two years.", "Wissel de twee jaartallen om."),
    "problem.xlsx_needs_openpyxl": ("reading .xlsx needs the optional package openpyxl.", "om .xlsx te lezen is het pakket openpyxl nodig."),
    "hint.xlsx_needs_openpyxl": ("pip install 'regienet[xlsx]'", "pip install 'regienet[xlsx]'"),
    "problem.bad_workbook": ("the workbook cannot be opened ({reason}).", "de werkmap kan niet geopend worden ({reason})."),
    "hint.bad_workbook": ("Open and save it again in Excel as .xlsx.", "Open en bewaar ze opnieuw in Excel als .xlsx."),
    "problem.missing_sheet": ("the workbook has no sheet '{value}' (sheets: {sheets}).", "de werkmap heeft geen blad '{value}' (bladen: {sheets})."),
    "hint.missing_sheet": ("Name the sheets 'actors' and 'relations'.", "Noem de bladen 'actors' en 'relations'."),
    # -------------------------------------------------------------- validate
    "validate.ok": ("{source}: valid — {counts}.", "{source}: geldig — {counts}."),
    "validate.failed": ("{n} problem(s) found in {source}.", "{n} probleem/problemen gevonden in {source}."),
    "cli.error": ("Error", "Fout"),
}

MESSAGES.update(
    {
        # ---------------------------------------------------------- CLI help
        "help.main": (
            "regienet: model a region's social-economy actor network and check how each local "
            "government steers it (regie), against the four components of Pröpper: overview (OV), "
            "policy lines (BL), commitment and cooperation (SA), accountability (VA), and the role "
            "questions (RO). Without --data every command uses the bundled Zuid-West-Vlaanderen data.",
            "regienet: breng het netwerk van sociale-economieactoren van een regio in kaart en toets hoe "
            "elk lokaal bestuur het regisseert, volgens de vier componenten van Pröpper: overzicht (OV), "
            "beleidslijnen (BL), inzet en samenwerking (SA), verantwoording (VA), en de rolvragen (RO). "
            "Zonder --data gebruikt elk commando de meegeleverde gegevens van Zuid-West-Vlaanderen.",
        ),
        "help.commands": ("Commands", "Commando's"),
        "opt.data": (
            "Folder with actors.csv and relations.csv, or an .xlsx workbook (default: the bundled Zuid-West-Vlaanderen data).",
            "Map met actors.csv en relations.csv, of een .xlsx-werkmap (standaard: de meegeleverde gegevens van Zuid-West-Vlaanderen).",
        ),
        "opt.lang": ("Language of the output: en or nl.", "Taal van de uitvoer: en of nl."),
        "opt.format": ("Output format.", "Uitvoerformaat."),
        "opt.year": (
            "Evaluate the network as it stood in this year (relations' since/until).",
            "Bekijk het netwerk zoals het was in dit jaar (since/until van de relaties).",
        ),
        "short.validate": ("Check the data: every problem with file, line, column and fix.", "Controleer de gegevens: elk probleem met bestand, regel, kolom en oplossing."),
        "help.validate": (
            "Check the data against the data contract and list every problem with file, line, "
            "column, the value and how to fix it. Exit code 0 when valid, 2 when not.\n\n"
            "Example:\n\n    regienet validate --data my-region/ --format json",
            "Controleer de gegevens tegen het gegevenscontract en toon elk probleem met bestand, regel, "
            "kolom, de waarde en de oplossing. Afsluitcode 0 als alles klopt, 2 als niet.\n\n"
            "Voorbeeld:\n\n    regienet validate --data mijn-regio/ --lang nl",
        ),
        # ---------------------------------------------------------- outputs
        "output.is_input": ("refusing to overwrite input file {path}.", "invoerbestand {path} wordt niet overschreven."),
        "output.no_folder": ("cannot write {path}: folder {folder} does not exist.", "kan {path} niet schrijven: map {folder} bestaat niet."),
        "output.is_folder": ("cannot write {path}: it is a folder.", "kan {path} niet schrijven: het is een map."),
        "output.unwritable": ("cannot write {path}: {reason}.", "kan {path} niet schrijven: {reason}."),
        "output.wrote": ("Wrote {path}", "Geschreven: {path}"),
    }
)

# ---------------------------------------------------------------------- maps and exports (issue 4)
MESSAGES.update(
    {
        # ------------------------------------------------------------ CLI
        "short.map": ("Interactive network map: one HTML file that works offline.", "Interactieve netwerkkaart: één HTML-bestand dat offline werkt."),
        "help.map": (
            "Draw the network as an interactive map in one self-contained HTML file: it opens from a USB "
            "stick without internet and never loads anything from the web. Municipalities stand at their "
            "town hall, each with its own actors around it; regional actors form a ring around the region. "
            "Colour and shape show the kind of actor, line colour and dashes the layer of a tie, a thick "
            "line a tie with an own actor. Hover an actor for its attributes, ties and findings. With "
            "--municipality the map shows one municipality's own view with its four component levels; "
            "with --gaps it overlays missing regional links (SA04), blind spots (OV01) and coupling "
            "opportunities (SA05). The file goes to output/ in the current folder unless -o says otherwise; "
            "the command prints its path and never opens a browser.\n\n"
            "Example:\n\n    regienet map --municipality Zwevegem --gaps --lang nl",
            "Teken het netwerk als interactieve kaart in één zelfstandig HTML-bestand: het opent vanaf een "
            "USB-stick zonder internet en laadt nooit iets van het web. De gemeenten staan op de plaats van "
            "hun gemeentehuis, met hun eigen actoren errond; regionale actoren vormen een ring rond de regio. "
            "Kleur en vorm tonen de soort actor, kleur en streepjes van een lijn de laag van een band, een "
            "dikke lijn een band met een eigen actor. Beweeg over een actor voor zijn kenmerken, banden en "
            "bevindingen. Met --municipality toont de kaart het netwerk van één gemeente met de niveaus van "
            "de vier componenten; met --gaps komen er ontbrekende regionale schakels (SA04), blinde vlekken "
            "(OV01) en koppelkansen (SA05) bij. Het bestand komt in output/ in de huidige map, tenzij -o iets "
            "anders zegt; het commando toont het pad en opent nooit een browser.\n\n"
            "Voorbeeld:\n\n    regienet map --municipality Zwevegem --gaps --lang nl",
        ),
        "map.opt.municipality": (
            "Show one municipality's own view (id or name, any case).",
            "Toon het netwerk van één gemeente (id of naam, hoofdletters maken niet uit).",
        ),
        "map.opt.gaps": (
            "Overlay the gaps: missing regional links (SA04), blind spots (OV01), coupling opportunities (SA05).",
            "Toon de hiaten: ontbrekende regionale schakels (SA04), blinde vlekken (OV01), koppelkansen (SA05).",
        ),
        "map.opt.output": (
            "Output file (default: output/map-region.html or output/map-<municipality>.html).",
            "Uitvoerbestand (standaard: output/map-region.html of output/map-<gemeente>.html).",
        ),
        "map.unknown_municipality": (
            "unknown municipality '{name}'. Known: {known}.",
            "onbekende gemeente '{name}'. Gekend: {known}.",
        ),
        "short.export": (
            "Export the network for Gephi (GEXF, GraphML) or Kumu (JSON).",
            "Exporteer het netwerk voor Gephi (GEXF, GraphML) of Kumu (JSON).",
        ),
        "help.export": (
            "Write the whole network, with every attribute, in a format another tool reads: GEXF or "
            "GraphML for Gephi (and networkx, yEd, Cytoscape), or Kumu's JSON blueprint. Lists are joined "
            "with '|', unknown values are left out. The file goes to output/region.<ext> unless -o says "
            "otherwise; '-o -' writes to standard output.\n\n"
            "Example:\n\n    regienet export --to gexf -o zwvl.gexf",
            "Schrijf het hele netwerk, met alle kenmerken, in een formaat dat een ander programma leest: "
            "GEXF of GraphML voor Gephi (en networkx, yEd, Cytoscape), of de JSON-blueprint van Kumu. "
            "Lijsten worden met '|' samengevoegd, onbekende waarden weggelaten. Het bestand komt in "
            "output/region.<ext>, tenzij -o iets anders zegt; '-o -' schrijft naar de standaarduitvoer.\n\n"
            "Voorbeeld:\n\n    regienet export --to kumu -o zwvl.json",
        ),
        "export.opt.to": ("Format: gexf, graphml or kumu.", "Formaat: gexf, graphml of kumu."),
        "export.opt.output": (
            "Output file, or '-' for standard output (default: output/region.<ext>).",
            "Uitvoerbestand, of '-' voor de standaarduitvoer (standaard: output/region.<ext>).",
        ),
        # ------------------------------------------------------------ titles
        "map.title.region": ("Social-economy network", "Netwerk sociale economie"),
        "map.title.municipality": ("Social-economy network of {name}", "Netwerk sociale economie van {name}"),
        "map.title.year": ("situation in {year}", "toestand in {year}"),
        "map.subtitle.gaps": (
            "With gaps: missing regional links, blind spots, coupling opportunities.",
            "Met hiaten: ontbrekende regionale schakels, blinde vlekken, koppelkansen.",
        ),
        "map.count": ("{nodes} actors, {edges} relations", "{nodes} actoren, {edges} relaties"),
        # ------------------------------------------------------------ page
        "map.ui.panel": ("Legend, search and filters", "Legende, zoeken en filters"),
        "map.ui.map": ("Network map", "Netwerkkaart"),
        "map.ui.levels": ("Regie components", "Componenten van regie"),
        "map.ui.search": ("Search an actor", "Zoek een actor"),
        "map.ui.search_placeholder": ("name…", "naam…"),
        "map.ui.no_match": ("no match", "geen resultaat"),
        "map.ui.municipality": ("Municipality", "Gemeente"),
        "map.ui.all_municipalities": ("all municipalities", "alle gemeenten"),
        "map.ui.layers": ("Layers", "Lagen"),
        "map.ui.legend": ("Legend", "Legende"),
        "map.ui.legend_actors": ("Actors", "Actoren"),
        "map.ui.legend_enterprises": ("Social enterprises by type", "Sociale ondernemingen per type"),
        "map.ui.legend_edges": ("Ties by layer", "Banden per laag"),
        "map.ui.legend_gaps": ("Gaps", "Hiaten"),
        "map.ui.own_actor": ("own actor (thick black border)", "eigen actor (dikke zwarte rand)"),
        "map.ui.own_tie": ("tie with an own actor (thick line)", "band met een eigen actor (dikke lijn)"),
        "map.ui.arrow": ("arrow: direction of the relation", "pijl: richting van de relatie"),
        "map.ui.subtype_unknown": ("type unknown", "type onbekend"),
        "map.ui.ring": (
            "Municipalities stand at their town hall, their own and local actors around them. Regional "
            "actors form the outer ring, on the side of the municipalities they work with.",
            "De gemeenten staan op de plaats van hun gemeentehuis, hun eigen en lokale actoren errond. "
            "Regionale actoren vormen de buitenring, aan de kant van de gemeenten waarmee ze werken.",
        ),
        "map.ui.rings": (
            "Centre: municipality and OCMW. Inner ring: own actors, local actors, local forums. Outer ring: "
            "regional actors (those without a tie last) and other partners.",
            "Midden: gemeente en OCMW. Binnenring: eigen actoren, lokale actoren, lokale overlegplatformen. "
            "Buitenring: regionale actoren (die zonder band het laatst) en andere partners.",
        ),
        "map.ui.size": (
            "Size: target-group jobs (enterprises) or number of relations.",
            "Grootte: doelgroepjobs (ondernemingen) of aantal relaties.",
        ),
        "map.ui.help": (
            "Hover an actor or a line for details; click to pin them, Esc to close. Scroll to zoom, drag to move.",
            "Beweeg over een actor of een lijn voor details; klik om ze vast te zetten, Esc om te sluiten. "
            "Scroll om te zoomen, sleep om te verschuiven.",
        ),
        "map.ui.noscript": ("This map needs JavaScript.", "Deze kaart heeft JavaScript nodig."),
        # ------------------------------------------------------------ tooltips
        "map.info.attributes": ("Attributes", "Kenmerken"),
        "map.info.ties": ("Ties ({n})", "Banden ({n})"),
        "map.info.no_ties": ("no ties", "geen banden"),
        "map.info.findings": ("Findings ({n})", "Bevindingen ({n})"),
        "map.info.more": ("… and {n} more", "… en nog {n}"),
        "map.info.own_actor": ("own actor of {names}", "eigen actor van {names}"),
        "map.info.regional": ("regional actor", "regionale actor"),
        "map.info.pinned": ("Pinned: click the background or press Esc to close.", "Vastgezet: klik op de achtergrond of druk Esc om te sluiten."),
        "map.layer_word": ("layer", "laag"),
        "map.severity.info": ("info", "info"),
        "map.severity.warning": ("warning", "waarschuwing"),
        "map.severity.error": ("error", "fout"),
        # ------------------------------------------------------------ gaps
        "map.gap.SA04": ("missing regional link (SA04)", "ontbrekende regionale schakel (SA04)"),
        "map.gap.OV01": ("blind spot (OV01)", "blinde vlek (OV01)"),
        "map.gap.SA05": ("coupling opportunity (SA05)", "koppelkans (SA05)"),
        # ------------------------------------------------------------ levels
        "map.component.OV": ("overview", "overzicht"),
        "map.component.BL": ("policy lines", "beleidslijnen"),
        "map.component.SA": ("commitment and cooperation", "inzet en samenwerking"),
        "map.component.VA": ("accountability", "verantwoording"),
        "map.level.0": ("absent", "afwezig"),
        "map.level.1": ("weak", "zwak"),
        "map.level.2": ("partial", "gedeeltelijk"),
        "map.level.3": ("established", "uitgebouwd"),
        "map.level.unknown": ("unknown", "onbekend"),
        # ------------------------------------------------------------ attribute names
        "map.attr.id": ("id", "id"),
        "map.attr.kind": ("kind", "soort"),
        "map.attr.municipality": ("municipality", "gemeente"),
        "map.attr.scope": ("scope", "reikwijdte"),
        "map.attr.operates_in": ("works in", "actief in"),
        "map.attr.subtype": ("type", "type"),
        "map.attr.activities": ("activities", "activiteiten"),
        "map.attr.target_groups": ("target groups", "doelgroepen"),
        "map.attr.jobs": ("target-group jobs (FTE)", "doelgroepjobs (VTE)"),
        "map.attr.lat": ("latitude", "breedtegraad"),
        "map.attr.lon": ("longitude", "lengtegraad"),
        "map.attr.actor_inventory": ("formal inventory of actors", "formele inventaris van actoren"),
        "map.attr.se_in_plans": ("social economy in policy plans", "sociale economie in beleidsplannen"),
        "map.attr.se_goals": ("social-economy objectives", "doelstellingen sociale economie"),
        "map.attr.se_lead": ("takes the lead for social economy", "neemt het voortouw voor sociale economie"),
        "map.attr.lde_recognized": ("recognised LDE initiative itself", "zelf erkend LDE-initiatief"),
        "map.attr.role_choice": ("stated role", "gekozen rol"),
        "map.attr.council_mentions": ("mentions in the council per year", "vermeldingen in de raad per jaar"),
        "map.attr.annual_report": ("annual report", "jaarverslag"),
        "map.attr.public_reporting": ("informs the public", "informeert het publiek"),
        "map.attr.accountability_level": ("level of accountability", "niveau van verantwoording"),
        "map.attr.provenance": ("source", "bron"),
        "map.attr.body": ("body", "orgaan"),
        "map.attr.capacity": ("capacity", "hoedanigheid"),
        "map.attr.formal": ("formal", "formeel"),
        "map.attr.frequency": ("frequency", "frequentie"),
        "map.attr.amount_eur": ("amount per year", "bedrag per jaar"),
        "map.attr.support": ("support", "ondersteuning"),
        "map.attr.via": ("brokered by", "tot stand gebracht via"),
        "map.attr.since": ("since", "sinds"),
        "map.attr.until": ("until", "tot"),
        "map.attr.note": ("note", "opmerking"),
        # ------------------------------------------------------------ values
        "map.value.everywhere": ("all municipalities", "alle gemeenten"),
        "map.value.subtype.lde": ("LDE initiative", "LDE-initiatief"),
        "map.value.subtype.social_workshop": ("social workshop", "sociale werkplaats"),
        "map.value.subtype.sheltered_workshop": ("sheltered workshop", "beschutte werkplaats"),
        "map.value.subtype.insertion": ("insertion company", "invoegbedrijf"),
        "map.value.subtype.reuse": ("reuse centre", "kringloopcentrum"),
        "map.value.subtype.other": ("other", "andere"),
        "map.value.scope.local": ("local", "lokaal"),
        "map.value.scope.regional": ("regional", "regionaal"),
        "map.value.se_goals.none": ("none", "geen"),
        "map.value.se_goals.general": ("general only", "enkel algemeen"),
        "map.value.se_goals.strategic": ("strategic", "strategisch"),
        "map.value.se_goals.operational": ("operational", "operationeel"),
        "map.value.role_choice.regisseur": ("regisseur (director of the network)", "regisseur"),
        "map.value.role_choice.actor": ("actor", "actor"),
        "map.value.role_choice.unclear": ("unclear", "onduidelijk"),
        "map.value.public_reporting.none": ("not", "niet"),
        "map.value.public_reporting.activities": ("about activities", "over activiteiten"),
        "map.value.public_reporting.objectives": ("about objectives", "over doelstellingen"),
        "map.value.accountability_level.none": ("none", "geen"),
        "map.value.accountability_level.toelichting": ("toelichting (explaining)", "toelichting"),
        "map.value.accountability_level.uitleg": ("uitleg (clarifying)", "uitleg"),
        "map.value.accountability_level.rekenschap": ("rekenschap (rendering account)", "rekenschap"),
        "map.value.accountability_level.verantwoording": ("verantwoording (full accountability)", "verantwoording"),
        "map.value.body.board": ("board", "raad van bestuur"),
        "map.value.body.general_assembly": ("general assembly", "algemene vergadering"),
        "map.value.body.steering_group": ("steering group", "stuurgroep"),
        "map.value.body.advisory": ("advisory body", "adviesorgaan"),
        "map.value.capacity.mandate": ("mandate (represents the government)", "mandaat (vertegenwoordigt het bestuur)"),
        "map.value.capacity.personal": ("personal", "persoonlijk"),
        "map.value.frequency.weekly": ("weekly", "wekelijks"),
        "map.value.frequency.monthly": ("monthly", "maandelijks"),
        "map.value.frequency.quarterly": ("quarterly", "driemaandelijks"),
        "map.value.frequency.yearly": ("yearly", "jaarlijks"),
        "map.value.frequency.adhoc": ("ad hoc", "ad hoc"),
        "map.value.support.financial": ("financial", "financieel"),
        "map.value.support.material": ("material", "materieel"),
        "map.value.support.staff": ("staff", "personeel"),
    }
)
