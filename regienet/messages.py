"""The message catalogue: ``key -> (English, Dutch)``.

Grouped by area; keys are stable. Placeholders use ``str.format`` names.
Dutch uses the report's own terms: overzicht, beleidslijnen, inzet en
samenwerking, verantwoording, eigen actor, regisseur, lokaal bestuur.
Rule titles, rationales, message templates and threshold descriptions live
with the rules (one rule = one unit) and are looked up through the rules layer
(:func:`regienet.rules.base.text`); nothing writes into this dictionary at
import, so a lookup never depends on what happened to be imported first.
"""

from __future__ import annotations

__all__ = ["MESSAGES", "QUESTIONS", "TAGS"]

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
    "value.se_goals.none": ("none", "geen"),
    "value.se_goals.general": ("general", "algemeen"),
    "value.se_goals.strategic": ("strategic", "strategisch"),
    "value.se_goals.operational": ("operational", "operationeel"),
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
    "kind.relations": ("relation", "relatie"),
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
    "problem.workbook_and_csvs": (
        "holds both {workbook} and {csvs}: which one holds the data is ambiguous.",
        "bevat zowel {workbook} als {csvs}: het is niet duidelijk welke de gegevens bevat.",
    ),
    "hint.workbook_and_csvs": (
        "Pass the workbook itself (--data {workbook}), or remove {csvs} from the folder to use the workbook, or "
        "remove the workbook to use the CSV files.",
        "Geef de werkmap zelf (--data {workbook}), of verwijder {csvs} uit de map om de werkmap te gebruiken, of "
        "verwijder de werkmap om de CSV-bestanden te gebruiken.",
    ),
    "problem.missing_file": ("file not found.", "bestand niet gevonden."),
    "hint.missing_file": (
        "The data folder must hold {name}. 'regienet init DIR' writes a template with the right columns.",
        "De gegevensmap moet {name} bevatten. 'regienet init MAP' schrijft een sjabloon met de juiste kolommen.",
    ),
    "problem.not_a_file": ("is not a regular file.", "is geen gewoon bestand."),
    "hint.not_a_file": ("Replace it with the CSV file.", "Vervang het door het CSV-bestand."),
    "problem.unreadable": ("cannot be read ({reason}).", "kan niet gelezen worden ({reason})."),
    "hint.unreadable": (
        "Check that the file exists and that you may read it.",
        "Controleer of het bestand bestaat en leesbaar is.",
    ),
    "problem.file_too_large": (
        "the file is {size_mb} MB; the limit is {max_mb} MB.",
        "het bestand is {size_mb} MB; de grens is {max_mb} MB.",
    ),
    "hint.file_too_large": (
        "Split the region, or remove columns regienet does not use.",
        "Splits de regio op, of verwijder kolommen die regienet niet gebruikt.",
    ),
    "problem.empty_file": ("the file is empty (no header row).", "het bestand is leeg (geen kopregel)."),
    "hint.empty_file": (
        "The first line must name the columns; see 'regienet docs data-format' or run 'regienet init DIR'.",
        "De eerste regel moet de kolommen benoemen; zie 'regienet docs data-format' of 'regienet init MAP'.",
    ),
    "problem.no_rows": ("the file has a header but no rows.", "het bestand heeft een kopregel maar geen rijen."),
    "hint.no_rows": (
        "Add at least the municipalities and their OCMWs.",
        "Voeg minstens de gemeenten en hun OCMW's toe.",
    ),
    "problem.workbook_as_csv": (
        "this is an Excel workbook saved under a .csv name.",
        "dit is een Excel-werkmap onder een .csv-naam.",
    ),
    "hint.workbook_as_csv": (
        "In Excel choose 'Save as' → 'CSV (comma/semicolon delimited)', or pass the .xlsx itself with --data.",
        "Kies in Excel 'Opslaan als' → 'CSV (gescheiden door lijstscheidingsteken)', of geef de .xlsx zelf met --data.",
    ),
    "problem.binary_file": (
        "the file holds binary data (a NUL byte), not text.",
        "het bestand bevat binaire gegevens (een NUL-byte), geen tekst.",
    ),
    "hint.binary_file": ("Export the sheet again as CSV.", "Exporteer het blad opnieuw als CSV."),
    "problem.undecodable": (
        "byte {value} is neither UTF-8 nor Windows-1252 text.",
        "byte {value} is geen UTF-8- en geen Windows-1252-tekst.",
    ),
    "hint.undecodable": (
        "Save the file as 'CSV UTF-8' in Excel, or re-encode it to UTF-8.",
        "Sla het bestand op als 'CSV UTF-8' in Excel, of zet het om naar UTF-8.",
    ),
    "problem.csv_syntax": (
        "the CSV cannot be parsed here ({detail}).",
        "de CSV kan hier niet gelezen worden ({detail}).",
    ),
    "hint.csv_syntax": (
        'Look for an unclosed quote (") or an enormous cell near this line.',
        'Zoek een niet-gesloten aanhalingsteken (") of een enorme cel rond deze regel.',
    ),
    "problem.ragged_row": (
        "the row has {found} cells but the header has {expected}.",
        "de rij heeft {found} cellen maar de kopregel {expected}.",
    ),
    "hint.ragged_row": (
        "A cell probably contains the delimiter '{delimiter}': separate list items with '|' or put the cell in double quotes.",
        "Een cel bevat waarschijnlijk het scheidingsteken '{delimiter}': scheid lijstitems met '|' of zet de cel tussen dubbele aanhalingstekens.",
    ),
    "problem.duplicate_column": (
        "column '{value}' appears twice in the header.",
        "kolom '{value}' staat twee keer in de kopregel.",
    ),
    "hint.duplicate_column": ("Delete or rename one of them.", "Verwijder of hernoem er een."),
    "problem.unnamed_column": ("a column without a name holds '{value}'.", "een kolom zonder naam bevat '{value}'."),
    "hint.unnamed_column": (
        "Give the column a name in the header, or empty it.",
        "Geef de kolom een naam in de kopregel, of maak ze leeg.",
    ),
    "problem.missing_column": (
        "required column '{column}' is missing (found: {found}).",
        "verplichte kolom '{column}' ontbreekt (gevonden: {found}).",
    ),
    "hint.missing_column": (
        "Add a column named '{column}' to the header row; see 'regienet docs data-format'.",
        "Voeg een kolom '{column}' toe aan de kopregel; zie 'regienet docs data-format'.",
    ),
    "problem.cell_too_long": ("the cell is longer than {max} characters.", "de cel is langer dan {max} tekens."),
    "hint.cell_too_long": (
        "Shorten it; long notes belong in a separate document.",
        "Kort ze in; lange notities horen in een apart document.",
    ),
    "problem.blank_required": ("'{column}' is required but blank.", "'{column}' is verplicht maar leeg."),
    "hint.blank_required": (
        "Fill in '{column}' for this row, or delete the row.",
        "Vul '{column}' in voor deze rij, of verwijder de rij.",
    ),
    "problem.not_applicable": (
        "'{value}' is filled in, but '{column}' only applies to rows of kind {applies} (this row's kind is {kind}).",
        "'{value}' is ingevuld, maar '{column}' geldt alleen voor rijen van soort {applies} (deze rij is van soort {kind}).",
    ),
    "hint.not_applicable": (
        "Empty this cell, or correct the row's kind.",
        "Maak deze cel leeg, of corrigeer de soort (kind) van de rij.",
    ),
    "problem.bad_id": (
        "id '{value}' is not valid: use lower-case letters, digits, '_', '.', '-', starting with a letter or digit.",
        "id '{value}' is ongeldig: gebruik kleine letters, cijfers, '_', '.', '-', beginnend met een letter of cijfer.",
    ),
    "hint.bad_id": ("For example '{suggestion}'.", "Bijvoorbeeld '{suggestion}'."),
    "problem.duplicate_id": (
        "id '{value}' is used before, on line {first}.",
        "id '{value}' is al gebruikt, op regel {first}.",
    ),
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
    "hint.ambiguous_number": (
        "Write the amount without thousands separators, e.g. 12500.",
        "Schrijf het bedrag zonder duizendtalscheiding, bv. 12500.",
    ),
    "problem.bad_integer": ("'{value}' is not a whole number.", "'{value}' is geen geheel getal."),
    "hint.bad_integer": (
        "Write a whole number such as 3; leave blank when unknown.",
        "Schrijf een geheel getal zoals 3; laat leeg als het onbekend is.",
    ),
    "problem.bad_year": ("'{value}' is not a year.", "'{value}' is geen jaartal."),
    "hint.bad_year": ("Write a four-digit year such as 2010.", "Schrijf een jaartal van vier cijfers zoals 2010."),
    "problem.out_of_range": (
        "'{value}' is out of range ({low} to {high}).",
        "'{value}' valt buiten het bereik ({low} tot {high}).",
    ),
    "hint.out_of_range": ("Correct the value.", "Corrigeer de waarde."),
    "problem.missing_municipality": (
        "a {kind} row must name its municipality.",
        "een rij van soort {kind} moet haar gemeente noemen.",
    ),
    "hint.missing_municipality": (
        "Fill in the municipality id (a municipality row names itself).",
        "Vul de id van de gemeente in (een gemeenterij noemt zichzelf).",
    ),
    "problem.unknown_municipality": (
        "'{value}' is not the id of a municipality in actors.csv.",
        "'{value}' is geen id van een gemeente in actors.csv.",
    ),
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
        "The {end} of '{relation}' must be of kind: {allowed}. Swap source and target or pick another kind; see 'regienet docs data-format'.",
        "De {end} van '{relation}' moet van soort {allowed} zijn. Wissel source en target of kies een andere soort; zie 'regienet docs data-format'.",
    ),
    "problem.self_loop": (
        "source and target are the same actor '{value}'.",
        "source en target zijn dezelfde actor '{value}'.",
    ),
    "hint.self_loop": ("A relation links two different actors.", "Een relatie verbindt twee verschillende actoren."),
    "problem.via_not_government": (
        "'{value}' in 'via' is not a municipality, OCMW or association.",
        "'{value}' in 'via' is geen gemeente, OCMW of samenwerkingsverband.",
    ),
    "hint.via_not_government": (
        "'via' names the government that brokered the cooperation; leave blank if none.",
        "'via' noemt het bestuur dat de samenwerking tot stand bracht; laat leeg als er geen is.",
    ),
    "problem.year_order": (
        "'until' ({value}) is before 'since' ({since}).",
        "'until' ({value}) ligt voor 'since' ({since}).",
    ),
    "hint.year_order": ("Swap the two years.", "Wissel de twee jaartallen om."),
    "problem.xlsx_needs_openpyxl": (
        "reading .xlsx needs the optional package openpyxl.",
        "om .xlsx te lezen is het pakket openpyxl nodig.",
    ),
    "hint.xlsx_needs_openpyxl": ("pip install 'regienet[xlsx]'", "pip install 'regienet[xlsx]'"),
    "problem.bad_workbook": (
        "the workbook cannot be opened ({reason}).",
        "de werkmap kan niet geopend worden ({reason}).",
    ),
    "hint.bad_workbook": ("Open and save it again in Excel as .xlsx.", "Open en bewaar ze opnieuw in Excel als .xlsx."),
    "problem.missing_sheet": (
        "the workbook has no sheet '{value}' (sheets: {sheets}).",
        "de werkmap heeft geen blad '{value}' (bladen: {sheets}).",
    ),
    "hint.missing_sheet": ("Name the sheets 'actors' and 'relations'.", "Noem de bladen 'actors' en 'relations'."),
    # -------------------------------------------------------------- validate
    "validate.ok": ("{source}: valid — {counts}.", "{source}: geldig — {counts}."),
    "validate.failed": (
        "{n} {n|problem|problems} found in {source}.",
        "{n} {n|probleem|problemen} gevonden in {source}.",
    ),
    "validate.failed_files": (
        "{n} {n|problem|problems} found: {parts}.",
        "{n} {n|probleem|problemen} gevonden: {parts}.",
    ),
    "validate.in_file": ("{n} in {source}", "{n} in {source}"),
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
        "opt.lang": (
            "Language of the output: en or nl (default: $REGIENET_LANG, else en).",
            "Taal van de uitvoer: en of nl (standaard: $REGIENET_LANG, anders en).",
        ),
        "opt.lang_default_nl": (
            "Language of the output: en or nl (default: $REGIENET_LANG, else nl: the handout is for a Flemish room).",
            "Taal van de uitvoer: en of nl (standaard: $REGIENET_LANG, anders nl: het werkdocument is voor een Vlaamse zaal).",
        ),
        "opt.lang_all": (
            "Language of help and output for the command that follows: en or nl (like that command's own --lang).",
            "Taal van de hulp en de uitvoer van het commando dat volgt: en of nl (zoals het --lang van dat commando).",
        ),
        "opt.format": ("Output format.", "Uitvoerformaat."),
        "opt.help": ("Show this message and exit.", "Toon deze uitleg en stop."),
        "opt.year": (
            "Evaluate the network as it stood in this year (relations' since/until).",
            "Bekijk het netwerk zoals het was in dit jaar (since/until van de relaties).",
        ),
        "short.validate": (
            "Check the data: every problem with file, line, column and fix.",
            "Controleer de gegevens: elk probleem met bestand, regel, kolom en oplossing.",
        ),
        "help.validate": (
            "Check the data against the data contract and list every problem with file, line, "
            "column, the value and how to fix it. Exit code 0 when valid, 2 when not.\n\n"
            "Example:\n\n    regienet validate --data my-region/ --format json",
            "Controleer de gegevens tegen het gegevenscontract en toon elk probleem met bestand, regel, "
            "kolom, de waarde en de oplossing. Afsluitcode 0 als alles klopt, 2 als niet.\n\n"
            "Voorbeeld:\n\n    regienet validate --data mijn-regio/ --lang nl",
        ),
        # ---------------------------------------------------------- outputs
        "output.is_input": (
            "refusing to overwrite input file {path}.",
            "invoerbestand {path} wordt niet overschreven.",
        ),
        "output.no_folder": (
            "cannot write {path}: folder {folder} does not exist.",
            "kan {path} niet schrijven: map {folder} bestaat niet.",
        ),
        "output.is_folder": ("cannot write {path}: it is a folder.", "kan {path} niet schrijven: het is een map."),
        "output.folder_not_file": (
            "{path} looks like a file name (it ends in {suffix}), but -o of this command is a folder: the command "
            "names the files it writes itself. Give a folder, for example -o {folder}.",
            "{path} lijkt een bestandsnaam (eindigt op {suffix}), maar -o van dit commando is een map: het commando "
            "kiest zelf de namen van de bestanden die het schrijft. Geef een map op, bijvoorbeeld -o {folder}.",
        ),
        "opt.output_file": (
            "Write to this file instead of standard output; a folder (ending in / or existing) gets the "
            "command's own file name (report.md, check.json …). Missing folders are created; the file is "
            "written whole or not at all.",
            "Schrijf naar dit bestand in plaats van naar de standaarduitvoer; een map (eindigend op / of "
            "bestaand) krijgt de eigen bestandsnaam van het commando (report.md, check.json …). Ontbrekende "
            "mappen worden aangemaakt; het bestand wordt in zijn geheel geschreven of helemaal niet.",
        ),
        "output.unwritable": (
            "cannot write {path}: {reason}. Choose another place with -o (for example -o ~/regienet-output/…).",
            "kan {path} niet schrijven: {reason}. Kies een andere plaats met -o (bijvoorbeeld -o ~/regienet-output/…).",
        ),
        "output.wrote": ("Wrote {path}", "Geschreven: {path}"),
    }
)

MESSAGES.update(
    {
        # ------------------------------------------------------ components etc.
        "component.OV": ("overview of the whole situation", "overzicht over de gehele situatie"),
        "component.BL": ("setting out policy lines", "beleidslijnen uitzetten"),
        "component.SA": ("organising commitment and cooperation", "organiseren van inzet en samenwerking"),
        "component.VA": ("accountability for the whole", "verantwoording afleggen over het geheel"),
        "component.RO": (
            "role: regisseur or actor, municipality–OCMW, money",
            "rol: regisseur of actor, gemeente–OCMW, middelen",
        ),
        "level.na": ("not applicable", "niet van toepassing (n.v.t.)"),
        "level.na_short": ("n/a", "n.v.t."),
        "level.0": ("absent", "afwezig"),
        "level.1": ("weak", "zwak"),
        "level.2": ("partial", "gedeeltelijk"),
        "level.3": ("established", "uitgebouwd"),
        "severity.info": ("info", "info"),
        "severity.warning": ("warning", "waarschuwing"),
        "severity.error": ("error", "fout"),
        "role.coordinator": ("coordinator", "coördinator"),
        "role.itinerant": ("itinerant broker", "consultant"),
        "role.representative": ("representative", "vertegenwoordiger"),
        "role.gatekeeper": ("gatekeeper", "poortwachter"),
        "role.liaison": ("liaison", "liaison"),
        "col.municipality": ("Municipality", "Gemeente"),
        "col.rule": ("Rule", "Regel"),
        "col.severity": ("Severity", "Ernst"),
        "col.message": ("Finding", "Bevinding"),
        "col.component": ("Component", "Component"),
        "col.title": ("Title", "Titel"),
        "col.reference": ("Report", "Rapport"),
        "col.questionnaire": ("questionnaire", "vragenlijst"),
        "col.level": ("Level", "Niveau"),
        "col.actors": ("Actors", "Actoren"),
        "col.tied": ("Tied", "Verbonden"),
        "col.own_share": ("Own share", "Aandeel eigen"),
        "col.parts": ("Groups", "Groepen"),
        "col.reach": ("Regional reach", "Regionaal bereik"),
        "col.findings": ("Findings", "Bevindingen"),
        # ---------------------------------------------------------------- check
        "check.findings": ("Findings", "Bevindingen"),
        "check.levels": ("Component levels", "Niveaus per component"),
        "check.none": ("No findings.", "Geen bevindingen."),
        "check.waived": ("(waived: {reason})", "(buiten beschouwing: {reason})"),
        "check.waived_count": (
            "{n} waived {n|finding|findings} shown but left out of levels and --fail-on.",
            "{n} {n|bevinding|bevindingen} buiten beschouwing: getoond, maar niet meegeteld in niveaus en --fail-on.",
        ),
        "check.unknown": ("unknown (data left blank): {codes}", "onbekend (gegevens niet ingevuld): {codes}"),
        "check.summary": (
            "{n} {n|finding|findings} ({error} {error|error|errors}, {warning} {warning|warning|warnings}, {info} info) in {munis} {munis|municipality|municipalities}; {unknown} rule {unknown|outcome|outcomes} unknown because data is blank.",
            "{n} {n|bevinding|bevindingen} ({error} {error|fout|fouten}, {warning} {warning|waarschuwing|waarschuwingen}, {info} info) in {munis} {munis|gemeente|gemeenten}; {unknown|1 regeluitkomst|{unknown} regeluitkomsten|geen enkele regeluitkomst} onbekend omdat gegevens ontbreken.",
        ),
        # ---------------------------------------------------------------- rules / explain
        "rules.more": (
            "Details: regienet explain CODE (e.g. regienet explain OV02); levels: regienet explain levels.",
            "Details: regienet explain CODE (bv. regienet explain OV02); niveaus: regienet explain levels.",
        ),
        "explain.why": ("Why", "Waarom"),
        "explain.what": ("What it flags", "Wat de regel aanduidt"),
        "explain.not_applicable": ("When it does not apply", "Wanneer niet van toepassing"),
        "explain.thresholds": ("Thresholds", "Drempels"),
        "explain.default": ("default", "standaard"),
        "explain.override": (
            "Override in regienet.toml (--config) or [tool.regienet] in a pyproject.toml beside the data: [thresholds.{code}] {name} = …",
            "Aan te passen in regienet.toml (--config) of [tool.regienet] in een pyproject.toml naast de gegevens: [thresholds.{code}] {name} = …",
        ),
        "explain.unknown": (
            "Reads the data {n|column|columns} {columns}; when {n|it is|they are} blank the rule reports 'unknown' instead of guessing.",
            "Leest de {n|kolom|kolommen} {columns}; als die leeg {n|is|zijn}, meldt de regel 'onbekend' in plaats van te gokken.",
        ),
        "levels.title": ("Component levels", "Niveaus per component"),
        "levels.formula": (
            "Each municipality gets a level per component (OV, BL, SA, VA): 0 absent, 1 weak, 2 partial, 3 established. "
            "A level is earned by evidence of regie work, never by absence of findings (issue 23).\n"
            "1. Each component has the regie activities Pröpper names for it (2004, pp. 18–19): OV environment analysis "
            "(actors in view) and a formal inventory; BL stimulating a vision (actors consulted), raising conflicts of "
            "goals (actors brought to one table: a forum, a brokered agreement), formulating policy lines (plans with "
            "specific goals), spreading them (actors informed) and following progress up (actors reporting back); SA "
            "mobilising actors (useful information, agreements, a seat at the forum), coupling them (a forum where they "
            "meet, a brokered cooperation) and monitoring and feeding back (reports, accounts); VA accounting for the "
            "whole to the actors, the depth of the account and showing involvement (the public told about objectives).\n"
            "2. Each activity has a reach in the municipality's field (the actors working there, public labour-market "
            "partners left out): 0 none, 1 own actor only (while other actors work there), 2 some, 3 most (more than "
            "half). Answers map onto the same scale (e.g. general goals some, strategic goals most). An activity that "
            "cannot happen (one actor: nothing to couple) earns nothing.\n"
            "3. Level = the mean reach of the component's activities, rounded down; at most 1 weak when no activity "
            "built on ties reaches any actor (answers alone carry no more).\n"
            "4. Where no actor works in the municipality, every component is not applicable (n.v.t.): there is no "
            'field to steer. A blank answer earns nothing; the range shown as "1–2" says what it could add.\n'
            "5. Rules are findings with evidence: a bias (own-actor focus) or a gap (no forum) qualifies an activity "
            "but never subtracts from a level. Every reach grows with the actors an activity touches, so no tie of "
            "regie work by the municipality or OCMW — towards the own actor included — lowers a level (tested). "
            "Each level names the activities that earned it (check --format json: level_details.activities).",
            "Elke gemeente krijgt per component (OV, BL, SA, VA) een niveau: 0 afwezig, 1 zwak, 2 gedeeltelijk, 3 uitgebouwd. "
            "Een niveau wordt verdiend met bewijs van regiewerk, nooit door het ontbreken van bevindingen (issue 23).\n"
            "1. Elke component heeft de regie-activiteiten die Pröpper ervoor noemt (2004, p. 18–19): OV omgevingsanalyse "
            "(actoren in beeld) en een formele inventaris; BL visievorming stimuleren (actoren geconsulteerd), strijdige "
            "doelen thematiseren (actoren aan één tafel: een overleg, een bemiddelde overeenkomst), beleidslijnen "
            "formuleren (plannen met concrete doelen), ze uitdragen (actoren geïnformeerd) en toezicht op de voortgang "
            "(actoren rapporteren); SA actoren mobiliseren (nuttige informatie, overeenkomsten, een plaats in het "
            "overleg), ze aan elkaar koppelen (een overleg waar ze elkaar ontmoeten, een bemiddelde samenwerking) en "
            "toezicht en terugkoppeling (rapportering, verslag); VA verantwoording over het geheel naar de actoren, de "
            "diepgang van de verantwoording en betrokkenheid tonen (de bevolking hoort over doelstellingen).\n"
            "2. Elke activiteit heeft een bereik in het veld van de gemeente (de actoren die er actief zijn, zonder "
            "publieke arbeidsmarktpartners): 0 niemand, 1 enkel de eigen actor (terwijl er andere actoren actief zijn), "
            "2 een deel, 3 het grootste deel (meer dan de helft). Antwoorden vallen op dezelfde schaal (algemene doelen: "
            "een deel, strategische doelen: het grootste deel). Een activiteit die niet kan (één actor: niets te "
            "koppelen) verdient niets.\n"
            "3. Niveau = het gemiddelde bereik van de activiteiten van de component, naar beneden afgerond; hoogstens "
            "1 zwak als geen enkele activiteit op basis van banden een actor bereikt (antwoorden alleen dragen niet meer).\n"
            "4. Waar geen actor actief is in de gemeente, is elke component niet van toepassing (n.v.t.): er is geen "
            'veld om te regisseren. Een blanco antwoord verdient niets; het bereik getoond als "1–2" zegt wat het kan '
            "toevoegen.\n"
            "5. Regels zijn bevindingen met bewijs: een vertekening (focus op de eigen actor) of een leemte (geen "
            "overleg) kleurt een activiteit maar trekt nooit iets af van een niveau. Elk bereik groeit met de actoren "
            "die een activiteit raakt, zodat geen enkele band van regiewerk door gemeente of OCMW — ook naar de eigen "
            "actor — een niveau verlaagt (getest). Elk niveau noemt de activiteiten die het verdienden (check --format "
            "json: level_details.activities).",
        ),
        # ---------------------------------------------------------------- report
        "report.title_region": (
            "Regie of the social economy — {n} municipalities",
            "Regie van de sociale economie — {n} gemeenten",
        ),
        "report.title_m": ("{name} — regie of the social economy", "{name} — regie van de sociale economie"),
        "report.source": ("Data: {source}", "Gegevens: {source}"),
        "report.bundled": (
            "Note: the bundled data reconstructs the anonymised 2010 study; regional figures are the report's, "
            "per-municipality assignments are illustrative (see 'regienet docs data').",
            "Let op: de meegeleverde gegevens reconstrueren de geanonimiseerde studie van 2010; de regionale cijfers "
            "komen uit het rapport, de toewijzing per gemeente is illustratief (zie 'regienet docs data').",
        ),
        "report.governments": ("Local governments: {govs}", "Lokale besturen: {govs}"),
        "report.component_levels": (
            "{component} ({code}): established in {established}, partial in {partial}, weak in {weak}, absent in {absent} of {total} municipalities.",
            "{component} ({code}): {established|uitgebouwd in 1|uitgebouwd in {established}|nergens uitgebouwd}, {partial|gedeeltelijk in 1|gedeeltelijk in {partial}|nergens gedeeltelijk}, {weak|zwak in 1|zwak in {weak}|nergens zwak}, {absent|afwezig in 1|afwezig in {absent}|nergens afwezig} van de {total} gemeenten.",
        ),
        "report.levels_na": ("Not applicable in {n}.", "Niet van toepassing in {n}."),
        "report.levels_unknown": ("Unknown in {n}.", "Onbekend in {n}."),
        "report.in_n_of": (
            "In {n} of {total} municipalities {what} ({code}).",
            "In {n} van de {total} gemeenten {what} ({code}).",
        ),
        "report.unknown_in": ("Unknown in {n} (blank data).", "Onbekend in {n} (lege gegevens)."),
        "report.only_unknown": (
            "{code} {title}: unknown in {n} (blank data).",
            "{code} {title}: onbekend in {n} (lege gegevens).",
        ),
        "report.scorecard": (
            "Scorecard — Pröpper's four components of regie",
            "Scorekaart — de vier componenten van regie (Pröpper)",
        ),
        "report.first": ("Look at this first", "Kijk eerst hiernaar"),
        "report.nothing": (
            "Nothing to flag: every known rule passes.",
            "Niets te melden: elke gekende regel is in orde.",
        ),
        "report.why": ("Why", "Waarom"),
        "report.more": ("More: regienet explain {code}", "Meer: regienet explain {code}"),
        "report.confirmed": (
            "Survey: {confirmed} of the {surveyed} reported ties confirmed by both sides ({share}).",
            "Bevraging: {confirmed} van de {surveyed} gemelde banden bevestigd door beide kanten ({share}).",
        ),
        "report.one_sided": (
            "{source} → {target} ({kind}): reported by {by} only.",
            "{source} → {target} ({kind}): enkel gemeld door {by}.",
        ),
        "report.one_sided_more": (
            "… and {n} more reported by one side only.",
            "… en nog {n} die slechts door één kant gemeld werden.",
        ),
        "report.numbers": ("The network in numbers", "Het netwerk in cijfers"),
        "report.actors": (
            "Actors working here: {actors} ({own} own, {local} other local, {regional} regional); tied to the municipality/OCMW: {tied}; blind spots: {blind}.",
            "Actoren die hier actief zijn: {actors} ({own|1 eigen|{own} eigen|geen eigen}, {local|1 andere lokale|{local} andere lokale|geen andere lokale}, {regional|1 regionale|{regional} regionale|geen regionale}); verbonden met gemeente/OCMW: {tied}; blinde vlekken: {blind|1|{blind}|geen}.",
        ),
        "report.ties": (
            "Ties of the municipality/OCMW with actors: {ties} ({rows} relation rows + {forum} forum co-membership) — governance {governance}, economic {economic}, policy {policy}, cooperation {cooperation}.",
            "Banden van gemeente/OCMW met actoren: {ties} ({rows} relaties + {forum} samen in een overleg) — bestuur {governance}, economisch {economic}, beleid {policy}, samenwerking {cooperation}.",
        ),
        "report.own_share": (
            "Own actors: {own|1|{own}|none} of the {pairs} government–actor {pairs|pair|pairs} ({ties}; each pair once, founded and accounts_to left out — the count of OV02); {funding}.",
            "Eigen actoren: {own|1|{own}|geen} van de {pairs} {pairs|paar|paren} bestuur–actor ({ties}; elk paar één keer, oprichting en verantwoording niet meegeteld — de telling van OV02); {funding}.",
        ),
        "report.components": (
            "Groups among the {actors} actors, counting every coupling (the region's own too): {without} without the governments' ties, {with_} with them; density {d0} without → {d1} with the governments.",
            "Groepen onder de {actors} actoren, met elke koppeling (ook die van de regio): {without} zonder de banden van de besturen, {with_} met die banden; dichtheid {d0} zonder → {d1} met de besturen.",
        ),
        "report.position": (
            "Structural holes (Burt), mean over the governments with ties: constraint {constraint}, effective size {size}.",
            "Structurele gaten (Burt), gemiddeld over de besturen met banden: beperking {constraint}, effectieve omvang {size}.",
        ),
        "report.brokerage": (
            "Brokerage (Gould–Fernandez): the governments broker {brokerage|one open two-path|{brokerage} open two-paths|not a single open two-path} actor–government–actor{roles}.",
            "Makelaarschap (Gould–Fernandez): de besturen overbruggen {brokerage|één open tweestapspad|{brokerage} open tweestapspaden|geen enkel open tweestapspad} actor–bestuur–actor{roles}.",
        ),
        "report.reach": (
            "Regional reach: {reach} of the {regional} regional actors working here are tied.",
            "Regionaal bereik: {reach} van de {regional} regionale actoren die hier actief zijn, is verbonden.",
        ),
        "report.means.actors": (
            "Actors working here = enterprises and support organisations with the municipality in operates_in; a blind spot is out of view as OV01 counts it: no tie with the municipality or OCMW, not met in a forum, not reached through a regional body a government sits in.",
            "Actoren die hier actief zijn = ondernemingen en ondersteunende organisaties die volgens de gegevens in de gemeente werken; een blinde vlek is buiten beeld zoals OV01 telt: geen band met gemeente of OCMW, niet ontmoet in een overleg, niet bereikt via een regionale organisatie waarin een bestuur zetelt.",
        ),
        "report.means.ties": (
            "Every relation counts (an actor with funding and a seat counts twice), and so does every actor of a forum the government convenes or sits in.",
            "Elke relatie telt (een actor met financiering en een zetel telt twee keer), en ook elke actor van een overleg dat het bestuur organiseert of waarin het zetelt.",
        ),
        "report.means.own_share": (
            "High = the attention of the municipality and OCMW goes to their own actor; OV02 flags it from its threshold on.",
            "Hoog = de aandacht van gemeente en OCMW gaat naar de eigen actor; OV02 duidt het aan vanaf zijn drempel.",
        ),
        "report.means.components": (
            "A group = actors linked by any cooperation, agreement or shared forum, the region's own included (regional actors working together, other municipalities' forums) — so it can show one group where SA02, which counts only the couplings that are this municipality's work, finds most actors uncoupled; fewer groups with the governments = the network hangs on them.",
            "Een groep = actoren verbonden door eender welke samenwerking, overeenkomst of gedeeld overleg, ook die van de regio (regionale actoren onder elkaar, overleggen van andere gemeenten) — er kan dus één groep staan waar SA02, dat enkel de koppelingen telt die het werk van deze gemeente zijn, de meeste actoren ongekoppeld vindt; minder groepen met de besturen = het netwerk hangt aan hen.",
        ),
        "report.means.position": (
            "Low constraint (towards 0) / high effective size: the government reaches actors that are not tied to each other, it is their only bridge — a broker position it can use to couple them; high constraint (towards 1): its contacts already know each other, little room to steer between them.",
            "Lage beperking (naar 0) / hoge effectieve omvang: het bestuur bereikt actoren die onderling niet verbonden zijn en is hun enige brug — een makelaarspositie die het kan gebruiken om ze te koppelen; hoge beperking (naar 1): de contacten kennen elkaar al, weinig ruimte om ertussen te sturen.",
        ),
        "report.means.brokerage": (
            "Each open two-path is a pair of actors linked only through the government: many = it can couple them (or keep them apart); 0 = the actors meet without it.",
            "Elk open tweestapspad is een paar actoren dat enkel via het bestuur verbonden is: veel = het bestuur kan ze koppelen (of uit elkaar houden); 0 = de actoren vinden elkaar zonder het bestuur.",
        ),
        "report.means.confirmed": (
            "From the survey's reported_by: a tie both the government and the actor reported is confirmed; ties nobody reported do not count.",
            "Uit de bevraging (wie de band meldde): een band die zowel het bestuur als de actor meldde, is bevestigd; banden die niemand meldde, tellen niet mee.",
        ),
        "report.means.reach": (
            "How much of the regional offer working here the municipality or OCMW has in view.",
            "Hoeveel van het regionale aanbod dat hier actief is, gemeente of OCMW in beeld heeft.",
        ),
        "report.all_findings": ("All findings by component", "Alle bevindingen per component"),
        "report.unknown_title": (
            "Not evaluated — the data leaves these blank (fill them in to know):",
            "Niet beoordeeld — deze gegevens zijn niet ingevuld (vul ze aan om het te weten):",
        ),
        "report.unknown_rule": (
            "{code} {title}: needs {n|column|columns} {columns}",
            "{code} {title}: vraagt {n|de kolom|de kolommen} {columns}",
        ),
        "report.per_municipality": ("Per municipality", "Per gemeente"),
        "report.legend": (
            "Levels 0 absent · 1 weak · 2 partial · 3 established; 1–2: depends on answers left blank; n/a: no rule applies (regienet explain levels). The columns (all numbers: regienet explain metrics):",
            "Niveaus 0 afwezig · 1 zwak · 2 gedeeltelijk · 3 uitgebouwd; 1–2: hangt af van niet ingevulde antwoorden; n.v.t.: geen regel van toepassing (regienet explain levels). De kolommen (alle cijfers: regienet explain metrics):",
        ),
        "report.legend.groups": ("without → with the governments' ties.", "zonder → met de banden van de besturen."),
        "report.hint": (
            "One municipality in depth: regienet report --municipality NAME",
            "Eén gemeente in detail: regienet report --municipality NAAM",
        ),
        # ---------------------------------------------------------------- CLI
        "opt.waive": (
            "Waive a rule for a municipality, with the reason: M:RULE=reason (repeatable; also [waive] in the config). "
            "Waived findings are shown with the reason and left out of levels and --fail-on.",
            "Zet een regel buiten beschouwing voor een gemeente, met de reden: M:REGEL=reden (herhaalbaar; ook [waive] in "
            "de configuratie). Zulke bevindingen worden getoond met de reden, maar niet meegeteld in niveaus en --fail-on.",
        ),
        "opt.config": (
            "TOML file with thresholds and defaults (see 'regienet docs configuration').",
            "TOML-bestand met drempels en standaarden (zie 'regienet docs configuration').",
        ),
        "opt.municipality": (
            "Only this municipality (id or name, case-insensitive).",
            "Enkel deze gemeente (id of naam, hoofdletterongevoelig).",
        ),
        "opt.select": (
            "Only these rules: codes or prefixes, comma-separated (OV, SA0, BL03) or ALL.",
            "Enkel deze regels: codes of prefixen, gescheiden door komma's (OV, SA0, BL03) of ALL.",
        ),
        "opt.ignore": ("Skip these rules: codes or prefixes.", "Sla deze regels over: codes of prefixen."),
        "opt.fail_on": (
            "Exit with code 1 when a finding has this severity or worse (default: warning).",
            "Sluit af met code 1 bij een bevinding van deze ernst of erger (standaard: warning).",
        ),
        "cli.unknown_municipality": (
            "unknown municipality '{value}'. Known: {known}.",
            "onbekende gemeente '{value}'. Gekend: {known}.",
        ),
        "cli.unknown_municipality_suggest": (
            "unknown municipality '{value}'. Did you mean '{suggestion}'? Known: {known}.",
            "onbekende gemeente '{value}'. Bedoelde u '{suggestion}'? Gekend: {known}.",
        ),
        "cli.warning": ("Warning", "Waarschuwing"),
        "year.no_dates": (
            "the data has no since/until years, so --year {year} changes nothing: every relation counts (a blank year is open-ended).",
            "de gegevens bevatten geen jaren in since/until, dus --year {year} verandert niets: elke relatie telt mee (een leeg jaar is open).",
        ),
        "year.outside": (
            "{year} lies outside the years in the data ({first}–{last}); relations without since/until count in any year, so this is not the network of {year}.",
            "{year} valt buiten de jaren in de gegevens ({first}–{last}); relaties zonder since/until tellen in elk jaar mee, dus dit is niet het netwerk van {year}.",
        ),
        "cli.unknown_municipality_near": (
            "unknown municipality '{value}'. Did you mean: {closest}? (The data has {n} municipalities; "
            "`regienet report --format csv` lists them all.)",
            "onbekende gemeente '{value}'. Bedoelt u: {closest}? (De gegevens bevatten {n} gemeenten; "
            "`regienet report --format csv` somt ze allemaal op.)",
        ),
        "cli.unknown_municipality_many": (
            "unknown municipality '{value}', and no name comes close. The data has {n} municipalities; "
            "`regienet report --format csv` lists them all.",
            "onbekende gemeente '{value}', en geen enkele naam lijkt erop. De gegevens bevatten {n} gemeenten; "
            "`regienet report --format csv` somt ze allemaal op.",
        ),
        "cli.internal_error": (
            "regienet hit an internal error ({error}). This is a bug, not a problem with your data: please report it. "
            "Set REGIENET_DEBUG=1 to see the traceback.",
            "regienet stootte op een interne fout ({error}). Dit is een fout in regienet, niet in uw gegevens: meld ze a.u.b. "
            "Zet REGIENET_DEBUG=1 om de traceback te zien.",
        ),
        "cli.unknown_rule": (
            "unknown rule code or prefix '{value}'. See 'regienet rules'.",
            "onbekende regelcode of prefix '{value}'. Zie 'regienet rules'.",
        ),
        "config.missing": ("configuration file {file} not found.", "configuratiebestand {file} niet gevonden."),
        "config.unreadable": ("cannot read {file}: {reason}.", "kan {file} niet lezen: {reason}."),
        "config.bad_toml": ("{file} is not valid TOML: {reason}.", "{file} is geen geldige TOML: {reason}."),
        "config.unknown_key": (
            "{file}: unknown setting '{key}'. Known: {allowed}.",
            "{file}: onbekende instelling '{key}'. Gekend: {allowed}.",
        ),
        "waive.syntax": (
            "--waive '{value}': write MUNICIPALITY:RULE=reason, e.g. --waive 'Kortrijk:RO02=Centre city: both governments invest by design'.",
            "--waive '{value}': schrijf GEMEENTE:REGEL=reden, bv. --waive 'Kortrijk:RO02=Centrumstad: beide besturen zetten bewust in'.",
        ),
        "config.bad_value": (
            "{file}: '{key}' = {value!r} is not allowed; expected {allowed}.",
            "{file}: '{key}' = {value!r} is niet toegelaten; verwacht: {allowed}.",
        ),
        "short.report": (
            "Region summary, connectivity and component levels per municipality.",
            "Regio-overzicht, verbondenheid en niveaus per gemeente.",
        ),
        "short.check": (
            "Findings of the rule catalogue, linter style (exit 1 on findings).",
            "Bevindingen van de regelcatalogus, als een linter (code 1 bij bevindingen).",
        ),
        "short.rules": ("List the rule catalogue.", "Toon de regelcatalogus."),
        "short.explain": (
            "One rule's rationale, thresholds and report reference.",
            "Waarom een regel bestaat, haar drempels en verwijzing naar het rapport.",
        ),
        "help.report": (
            'Report on regie: a region summary that speaks like the 2010 study ("in 8 of 13 municipalities …") '
            "and a table of levels and connectivity per municipality; with --municipality, one municipality in depth: "
            "its scorecard, what to look at first and why, its network in numbers, every finding.\n\n"
            "Example:\n\n    regienet report --municipality Zwevegem --lang nl",
            'Rapport over regie: een regio-overzicht in de taal van de studie van 2010 ("in 8 van de 13 gemeenten …") '
            "en een tabel met niveaus en verbondenheid per gemeente; met --municipality één gemeente in detail: "
            "scorekaart, waar eerst naar kijken en waarom, het netwerk in cijfers, elke bevinding.\n\n"
            "Voorbeeld:\n\n    regienet report --municipality Zwevegem --lang nl",
        ),
        "help.check": (
            "Run the rule catalogue on every municipality and print the findings with their evidence. "
            "Exit code 0 when nothing at or above --fail-on was found, 1 when something was, 2 on bad input. "
            "--format json prints the public JSON contract (version 1).\n\n"
            "Example:\n\n    regienet check --select SA,OV02 --fail-on error --format json",
            "Voer de regelcatalogus uit voor elke gemeente en toon de bevindingen met hun bewijs. "
            "Afsluitcode 0 als niets op of boven --fail-on gevonden werd, 1 als wel, 2 bij foute invoer. "
            "--format json geeft het publieke JSON-contract (versie 1).\n\n"
            "Voorbeeld:\n\n    regienet check --select SA,OV02 --fail-on error --format json",
        ),
        "help.rules": (
            "List every rule: code, component, severity, title and the report figure it rests on.\n\n"
            "Example:\n\n    regienet rules --lang nl --format markdown",
            "Toon elke regel: code, component, ernst, titel en het cijfer uit het rapport waarop ze steunt.\n\n"
            "Voorbeeld:\n\n    regienet rules --lang nl --format markdown",
        ),
        "help.explain": (
            "Explain one rule (or 'levels', the level formula; 'governance', the governance mode; 'metrics', what every number of the report means): what it flags, why — citing the report — its "
            "thresholds with current values, and the data it needs.\n\n"
            "Example:\n\n    regienet explain SA04 --lang nl",
            "Leg één regel uit (of 'levels', de formule voor de niveaus; 'governance', de vorm van netwerksturing; 'metrics', wat elk cijfer van het rapport betekent): wat ze aanduidt, waarom — met verwijzing "
            "naar het rapport — haar drempels met de huidige waarden, en de gegevens die ze nodig heeft.\n\n"
            "Voorbeeld:\n\n    regienet explain SA04 --lang nl",
        ),
    }
)

MESSAGES.update(
    {
        # ---------------------------------------------------------------- gaps
        "gaps.link": (
            "Link with {name}: a regional actor that works here and with the governments of {k} other municipalities, but not with yours.",
            "Leg de band met {name}: een regionale actor die hier actief is en met de besturen van {k} andere gemeenten werkt, maar niet met de uwe.",
        ),
        "gaps.couple": (
            "Couple {a} and {b}: both work on {shared} and have no tie yet.",
            "Koppel {a} en {b}: beide werken rond {shared} en hebben nog geen band.",
        ),
        "gaps.couple_brokered": (
            "Couple {a} and {b}: both work on {shared}, have no tie yet, and both already work with you — you can bring them together.",
            "Koppel {a} en {b}: beide werken rond {shared}, hebben nog geen band, en werken allebei al met u samen — u kunt hen samenbrengen.",
        ),
        "gaps.contact": (
            "Get to know {name}: it works here but has no tie at all with the municipality or OCMW ({k} other municipalities do work with it).",
            "Leer {name} kennen: actief hier maar zonder enige band met gemeente of OCMW ({k} andere gemeenten werken er wel mee).",
        ),
        "gaps.contact_alone": (
            "Get to know {name}: it works here but has no tie at all with the municipality or OCMW — nor with any other government in the region.",
            "Leer {name} kennen: actief hier maar zonder enige band met gemeente of OCMW — en met geen enkel ander bestuur in de regio.",
        ),
        "gaps.consult": (
            "Consult {name} on the next policy plan: you work with it, but it has no say in the plans.",
            "Betrek {name} bij het volgende beleidsplan: u werkt ermee, maar het heeft geen inspraak in de plannen.",
        ),
        "gaps.inform": (
            "Pass policy on to {name}: you work with it, but it is not told about plans or possible partners.",
            "Geef het beleid door aan {name}: u werkt ermee, maar het hoort niets over plannen of mogelijke partners.",
        ),
        "gaps.heading": (
            "{name} — suggestions, most promising first",
            "{name} — suggesties, meest veelbelovende eerst",
        ),
        "gaps.none": ("No suggestions: no gaps found.", "Geen suggesties: geen hiaten gevonden."),
        "gaps.col_suggestion": ("Suggestion", "Suggestie"),
        "gaps.raises": ("Raises {what}.", "Brengt {what}."),
        "gaps.raises_one": ("{component} from {before} to {after}", "{component} van {before} naar {after}"),
        "gaps.legend": (
            "Codes: SA04 missing regional link · SA05 coupling opportunity · OV01 blind spot · BL03 consultation · BL04 passing on policy. Details: regienet explain CODE.",
            "Codes: SA04 ontbrekende regionale schakel · SA05 koppelkans · OV01 blinde vlek · BL03 inspraak · BL04 beleid doorgeven. Details: regienet explain CODE.",
        ),
        "opt.top": ("Only the N best suggestions per municipality.", "Enkel de N beste suggesties per gemeente."),
        "short.gaps": (
            "Ranked suggestions: regional links, blind spots, actors to couple, consult, inform.",
            "Gerangschikte suggesties: regionale schakels, blinde vlekken, actoren om te koppelen, te betrekken, te informeren.",
        ),
        "help.gaps": (
            "Suggest, ranked and explained, what a municipality can do about its network: regional actors to link "
            "(SA04), blind spots to contact (OV01), pairs of actors to couple (SA05, ranked by overlap and by whether "
            "the government can broker them), actors to consult or inform (BL03, BL04). Each suggestion names its rule code.\n\n"
            "Example:\n\n    regienet gaps --municipality Wervik --top 5 --lang nl",
            "Stel gerangschikt en met uitleg voor wat een gemeente aan haar netwerk kan doen: regionale actoren om de "
            "band mee te leggen (SA04), blinde vlekken om te contacteren (OV01), actoren om te koppelen (SA05, volgens "
            "overlap en of het bestuur kan bemiddelen), actoren om te betrekken of te informeren (BL03, BL04). Elke "
            "suggestie noemt haar regelcode.\n\n"
            "Voorbeeld:\n\n    regienet gaps --municipality Wervik --top 5 --lang nl",
        ),
        # ---------------------------------------------------------------- diff
        "diff.title": ("Changes from {old} to {new}", "Wijzigingen van {old} naar {new}"),
        "diff.nothing": ("No differences.", "Geen verschillen."),
        "diff.actors": (
            "Actors: {added} added ({added_kinds}), {removed} removed ({removed_kinds}).",
            "Actoren: {added} toegevoegd ({added_kinds}), {removed} verdwenen ({removed_kinds}).",
        ),
        "diff.relations": (
            "Relations: {added} added ({added_kinds}), {removed} removed ({removed_kinds}).",
            "Relaties: {added} toegevoegd ({added_kinds}), {removed} verdwenen ({removed_kinds}).",
        ),
        "diff.resolved": ("Findings resolved: {n}", "Opgeloste bevindingen: {n}"),
        "diff.new": ("New findings: {n}", "Nieuwe bevindingen: {n}"),
        "diff.changed": ("Findings changed: {n}", "Gewijzigde bevindingen: {n}"),
        "diff.levels": ("Level changes: {n}", "Gewijzigde niveaus: {n}"),
        "diff.up": ("better", "beter"),
        "diff.down": ("worse", "slechter"),
        "diff.level_changed": ("changed", "gewijzigd"),
        "diff.level_na": ("not applicable", "n.v.t."),
        "diff.region": ("the region", "de regio"),
        "diff.usage": (
            "give two data folders (regienet diff OLD NEW) or two years of one data set (regienet diff --years 2010 2014 [--data DIR]).",
            "geef twee gegevensmappen (regienet diff OUD NIEUW) of twee jaren van één gegevensset (regienet diff --years 2010 2014 [--data MAP]).",
        ),
        "opt.years": (
            "Compare two years of one data set (relations' since/until).",
            "Vergelijk twee jaren van één gegevensset (since/until van de relaties).",
        ),
        "short.diff": (
            "What changed between two snapshots: ties, findings, levels.",
            "Wat veranderde tussen twee metingen: banden, bevindingen, niveaus.",
        ),
        "help.diff": (
            "Compare two snapshots — two data folders, or two years of one data set — and say in plain language "
            "which actors and relations were added or removed (by kind), which findings were resolved, which are "
            "new and which changed, and how each municipality's component levels changed. The follow-up to the 2010 "
            "baseline (nulmeting).\n\n"
            "Findings are matched by subject within one rule and municipality: the same evidence actors, a "
            'municipality-level condition (OV03, BL02, VA03), or overlapping evidence. So "7 actors have no tie" '
            'becoming "5 actors" (OV01) is one changed finding, not one resolved and one new. A level that no rule '
            'applies to reads "not applicable".\n\n'
            "JSON (version 1) has the keys version, old, new, actors (added, removed), relations (added, removed), "
            "findings (new, resolved, and changed: a list of old/new pairs) and levels (municipality, component, old, "
            "new); each finding has the shape of check --format json.\n\n"
            "Example:\n\n\b\n    regienet diff data-2010/ data-2014/ --lang nl\n    regienet diff --years 2010 2014 --data my-region/",
            "Vergelijk twee metingen — twee gegevensmappen, of twee jaren van één gegevensset — en zeg in gewone taal "
            "welke actoren en relaties erbij kwamen of verdwenen (per soort), welke bevindingen opgelost zijn, welke "
            "nieuw en welke gewijzigd, en hoe de niveaus per gemeente veranderden. De opvolging van de nulmeting van "
            "2010.\n\n"
            "Bevindingen worden per regel en gemeente op hun onderwerp gekoppeld: dezelfde actoren als bewijs, een "
            'voorwaarde op gemeenteniveau (OV03, BL02, VA03), of bewijs dat overlapt. "7 actoren hebben geen band" '
            'dat "5 actoren" wordt (OV01) is dus één gewijzigde bevinding, niet één opgeloste en één nieuwe. Een '
            'niveau waarop geen regel van toepassing is, leest "n.v.t.".\n\n'
            "JSON (versie 1) heeft de sleutels version, old, new, actors (added, removed), relations (added, "
            "removed), findings (new, resolved, en changed: een lijst van old/new-paren) en levels (municipality, "
            "component, old, new); elke bevinding heeft de vorm van check --format json.\n\n"
            "Voorbeeld:\n\n\b\n    regienet diff gegevens-2010/ gegevens-2014/ --lang nl\n    regienet diff --years 2010 2014 --data mijn-regio/",
        ),
    }
)

MESSAGES.update(
    {
        # --------------------------------------------------------- sensitivity
        "short.sensitivity": (
            "How levels move when thresholds move: which verdicts are on a knife edge.",
            "Hoe niveaus verschuiven als drempels verschuiven: welke oordelen wankel zijn.",
        ),
        "help.sensitivity": (
            "Sensitivity analysis — how sure is a level? Move every rule threshold (and joint_venture_min) on its own over its range, the "
            "others as they are, and show per municipality and component the level now, the lowest and highest level "
            "any single threshold gives, and ⚠ where a small move — within 10 % of the threshold's range, at least ±1 "
            "for a whole number — already changes the level (a knife edge), with the thresholds that tip it. "
            "Thresholds set in a --config file are the starting point. --format json lists every value tried "
            "(version 1):\n\n"
            "\b\n"
            '    {"version": 1, "data": …,\n'
            '     "thresholds": [{"threshold", "default", "current", "values", "window"}],\n'
            '     "levels": {M: {C: {"level", "min", "max", "knife_edge",\n'
            '                        "flips": [{"threshold", "value", "level"}]}}}}\n\n'
            "Example:\n\n    regienet sensitivity --municipality Wervik --lang nl",
            "Gevoeligheidsanalyse — hoe zeker is een niveau? Verschuif elke drempel van de regels (en joint_venture_min) afzonderlijk over haar "
            "bereik, de andere ongewijzigd, en toon per gemeente en component het niveau nu, het laagste en hoogste "
            "niveau dat één drempel oplevert, en ⚠ waar een kleine verschuiving — binnen 10 % van het bereik van de "
            "drempel, minstens ±1 voor een geheel getal — het niveau al verandert (een wankel oordeel), met de drempels "
            "die het doen kantelen. Drempels uit een --config-bestand zijn het vertrekpunt. --format json toont elke "
            "geteste waarde (versie 1):\n\n"
            "\b\n"
            '    {"version": 1, "data": …,\n'
            '     "thresholds": [{"threshold", "default", "current", "values", "window"}],\n'
            '     "levels": {M: {C: {"level", "min", "max", "knife_edge",\n'
            '                        "flips": [{"threshold", "value", "level"}]}}}}\n\n'
            "Voorbeeld:\n\n    regienet sensitivity --municipality Wervik --lang nl",
        ),
        "progress.sensitivity": ("Moving thresholds", "Drempels verschuiven"),
        "sensitivity.title": (
            "How sure are the levels? — {n} municipalities",
            "Hoe zeker zijn de niveaus? — {n} gemeenten",
        ),
        "sensitivity.title_m": ("{name} — how sure are the levels?", "{name} — hoe zeker zijn de niveaus?"),
        "sensitivity.swept": (
            "Each of {n} thresholds moved on its own over its range, the others as they are: {names}.",
            "Elk van de {n} drempels afzonderlijk over haar bereik verschoven, de andere ongewijzigd: {names}.",
        ),
        "sensitivity.legend": (
            "Each cell: the level now ({levels}; ? {unknown}), in brackets the lowest–highest level a single "
            "threshold gives over its range (', ?': some value leaves no rule that applies). {mark} knife edge: a value "
            "close to the current one — within 10 % of the threshold's range, at least ±1 for a whole number — already "
            "changes the level.",
            "Elke cel: het niveau nu ({levels}; ? {unknown}), tussen haakjes het laagste–hoogste niveau dat één drempel "
            "over haar bereik oplevert (', ?': bij een waarde blijft geen toepasselijke regel over). {mark} wankel "
            "oordeel: een waarde dicht bij de huidige — binnen 10 % van het bereik van de drempel, minstens ±1 voor een "
            "geheel getal — verandert het niveau al.",
        ),
        "sensitivity.edges": (
            "Knife edges — the thresholds that tip the verdict, and to what:",
            "Wankele oordelen — de drempels die het oordeel doen kantelen, en naar wat:",
        ),
        "sensitivity.no_edges": (
            "No knife edges: a small move of any one threshold changes no level.",
            "Geen wankele oordelen: een kleine verschuiving van één drempel verandert geen enkel niveau.",
        ),
        "sensitivity.edge": ("{name}, {component} {level} — {changes}", "{name}, {component} {level} — {changes}"),
        "sensitivity.by_threshold": ("{threshold} (now {current}): {changes}", "{threshold} (nu {current}): {changes}"),
        "sensitivity.all_changes": (
            "Every threshold that moves a level, over its whole range:",
            "Elke drempel die een niveau verschuift, over heel haar bereik:",
        ),
        "sensitivity.no_changes": ("No threshold moves any level.", "Geen enkele drempel verschuift een niveau."),
        "sensitivity.hint": (
            "Every value tried: --format json. What a threshold means: regienet explain CODE; to change one, see 'regienet docs configuration'.",
            "Elke geteste waarde: --format json. Wat een drempel betekent: regienet explain CODE; een drempel aanpassen: zie 'regienet docs configuration'.",
        ),
    }
)

# Discussion questions from the study's questionnaire (Bijlage 2), keyed by their number there.
# Dutch is the questionnaire's own wording (lightly shortened); English is a translation.
QUESTIONS: dict[str, tuple[str, ...]] = {
    "OV": ("1.2.1", "1.2.2", "1.3.1", "1.3.2", "1.1.2"),
    "BL": ("2.1.1", "2.1.2", "2.2.2", "2.3.1", "2.4.1", "2.4.2"),
    "SA": ("3.1.1", "3.2.1", "3.2.2", "3.2.5"),
    "VA": ("4.1.1", "4.1.2", "4.1.3", "4.2.1"),
}

MESSAGES.update(
    {
        "question.1.1.2": (
            "Is social economy structurally embedded in the organisation? Are you a client of social-economy initiatives? Do other policy domains work with them — how?",
            "Is SE structureel ingebed binnen de organisatie? Bent u klant van SE-initiatieven? Werken andere beleidsdomeinen samen met SE-initiatieven? Op welke manier?",
        ),
        "question.1.2.1": (
            "Is there, within the organisation, an inventory of the relevant social-economy initiatives? Is someone responsible for the Dienstenwijzer?",
            "Is er – binnen de organisatie – een inventaris van de relevante initiatieven op het terrein van de SE? Is er een verantwoordelijke aangesteld voor de Dienstenwijzer?",
        ),
        "question.1.2.2": (
            "Does the local government have a cooperation agreement with a social-economy initiative? Does a delegate of the municipality or OCMW sit on a board — or someone in a personal capacity?",
            "Heeft het lokaal bestuur een samenwerkingsovereenkomst met een initiatief in de SE? Zetelt een afgevaardigde van gemeente of OCMW in een raad van bestuur van een initiatief — of iemand ten persoonlijke titel?",
        ),
        "question.1.3.1": (
            "List the initiatives on your territory: what do they do, for which target group, and why — what is their vision?",
            "Som de initiatieven op uw grondgebied op: welke activiteiten oefenen ze uit, voor welke doelgroep, en waarom — wat is hun visie?",
        ),
        "question.1.3.2": (
            "Do the initiatives work together? If so, who with whom? Which initiatives do similar work?",
            "Werken de initiatieven hiervoor samen? Zo ja, wie werkt samen met wie? Welke initiatieven oefenen gelijkaardige activiteiten uit?",
        ),
        "question.2.1.1": (
            "Is social economy included in the general policy programme, the (strategic) multi-year plan and the local social policy plan (LSB)?",
            "Is SE opgenomen in het algemeen beleidsprogramma, het (strategisch) meerjarenplan en het lokaal sociaal beleidsplan?",
        ),
        "question.2.1.2": (
            "Which objectives are formulated in these plans? Which actions follow from them?",
            "Welke doelstellingen zijn geformuleerd in deze plannen? Welke acties volgen uit deze doelstellingen?",
        ),
        "question.2.2.2": (
            "When drafting these policy documents, did you contact the possible partners for carrying them out? If so, how: forum, meeting, brainstorm, information session, informally?",
            "Heeft u bij de opmaak van deze beleidsdocumenten contact genomen met de mogelijke partners voor de uitvoering? Zo ja, op welke manier: forum, vergadering, brainstorm, infosessie, informeel?",
        ),
        "question.2.3.1": (
            "Did you send the policy documents to the partners? If so, how? Did you explain them further?",
            "Heeft u de beleidsdocumenten verspreid naar de partners? Zo ja, hoe? Heeft u verdere toelichting gegeven?",
        ),
        "question.2.4.1": (
            "Are there initiatives that carry out an objective of this policy? Do they report to the local government about it — formally or informally, how often?",
            "Zijn er SE-initiatieven die een doelstelling uit dit beleid (mee) uitvoeren? Rapporteren ze daarover aan het lokaal bestuur — formeel of informeel, hoe vaak?",
        ),
        "question.2.4.2": (
            "Do you discuss the (interim) results of that reporting with the initiative? Can you adjust the objectives if needed — and do you?",
            "Bespreekt u met het initiatief de (voorlopige) resultaten uit deze rapportage? Kan u de doelstellingen bijstellen indien nodig — en doet u dat?",
        ),
        "question.3.1.1": (
            "Do you approach possible partners to contribute to carrying out the policy? Do you give them information for inspiration: policy in preparation, other possible partners, good practices?",
            "Spreekt u mogelijke partners aan om bij te dragen aan de uitvoering van het beleid? Geeft u hen informatie mee ter inspiratie: beleid in de steigers, andere mogelijke partners, goede praktijken?",
        ),
        "question.3.2.1": (
            "Do you make sure the initiatives meet each other — how? Do you introduce possible partners to each other? Do you help formalise or practically support their cooperation?",
            "Zorgt u er zelf voor dat de verschillende initiatieven elkaar ontmoeten — op welke manier? Stelt u mogelijke partners aan elkaar voor? Helpt u de samenwerking te formaliseren of praktisch te laten slagen?",
        ),
        "question.3.2.2": (
            "Do you alert the initiatives when you see a possible cross-link, for instance compatible objectives?",
            "Verwittigt u de initiatieven als u een mogelijk kruisverband ziet, bijvoorbeeld bij verenigbare doelstellingen?",
        ),
        "question.3.2.5": (
            "Do you hold partners to their commitment in a cooperation? How: formally (report, agenda item) or informally?",
            "Spreekt u de partners aan op hun inzet in een samenwerking? Hoe: formeel (verslag, agendapunt) of informeel?",
        ),
        "question.4.1.1": (
            "How many times a year does social economy come up in the municipal/OCMW council? Are the actions mentioned in annual reports or other reporting channels?",
            "Hoeveel keer per jaar komt SE ter sprake op de gemeente-/OCMW-raad? Worden de acties vermeld in jaarverslagen of andere rapportagekanalen?",
        ),
        "question.4.1.2": (
            "To whom does the local government send these reports: higher government, the field (the initiatives themselves), the population?",
            "Aan wie verspreidt het lokale bestuur deze verslagen: hogere overheid, het werkveld (de initiatieven zelf), de bevolking?",
        ),
        "question.4.1.3": (
            "Which initiatives are mentioned in these reports? Are they all there?",
            "Welke initiatieven worden in deze rapportages vermeld? Zijn ze allemaal aanwezig?",
        ),
        "question.4.2.1": (
            "Does the local government say how much it spends on social economy (toelichting), on what (uitleg), why (rekenschap) and why that matters (verantwoording)?",
            "Deelt het lokale bestuur mee hoeveel middelen het aan SE besteedt (toelichting), waaraan (uitleg), waarom (rekenschap) en waarom dat belangrijk is (verantwoording)?",
        ),
    }
)

MESSAGES.update(
    {
        "handout.title": ("{name}: regie of the social economy", "{name}: regie van de sociale economie"),
        "handout.subtitle": ("Workshop handout · {govs} · {date}", "Werkdocument voor de workshop · {govs} · {date}"),
        "handout.scorecard": (
            "Where do we stand? Pröpper's four components of regie",
            "Waar staan we? De vier componenten van regie (Pröpper)",
        ),
        "handout.levels_hint": (
            "0 absent · 1 weak · 2 partial · 3 established — earned by the regie activities of each component (under each name: which ones, and how much of the field they reach). A range such as 0–1: the level depends on questions not yet answered. Not applicable: no actor works in the municipality, so there is nothing to steer.",
            "0 afwezig · 1 zwak · 2 gedeeltelijk · 3 uitgebouwd — verdiend door de regieactiviteiten van elke component (onder elke naam: welke, en hoeveel van het veld ze bereiken). Een bereik zoals 0–1: het niveau hangt af van vragen die nog niet beantwoord zijn. N.v.t.: in de gemeente is geen actor actief, er valt niets te regisseren.",
        ),
        "handout.map_title": ("The network of {name}", "Het netwerk van {name}"),
        "handout.legend_enterprise": (
            "social enterprise (colour by type, as on the map)",
            "sociale onderneming (kleur volgens type, zoals op de kaart)",
        ),
        "handout.legend_support": ("support organisation", "ondersteunende organisatie"),
        "handout.legend_own": ("own actor", "eigen actor"),
        "handout.legend_blind": (
            "out of view of municipality and OCMW (blind spot)",
            "buiten het zicht van gemeente en OCMW (blinde vlek)",
        ),
        "handout.legend_tie": ("tie: {layer}", "band: {layer}"),
        "handout.legend_coupling": ("actors coupled to each other", "actoren onderling gekoppeld"),
        "handout.legend_missing": ("missing regional link", "ontbrekende regionale schakel"),
        "handout.suggestions": (
            "What could we do? The most promising steps",
            "Wat kunnen we doen? De meest veelbelovende stappen",
        ),
        "handout.plans": ("What would help: a plan in a few ties", "Wat zou helpen: een plan in enkele banden"),
        "handout.plan_reached": (
            "With {n|this tie|these {n} ties}, {title} goes from {before} to {after}:",
            "Met {n|deze band|deze {n} banden} gaat {title} van {before} naar {after}:",
        ),
        "handout.plan_closest": (
            "No {max} ties take {title} from {before} to {after}; it takes more than new ties alone.",
            "Geen {max} banden brengen {title} van {before} naar {after}; daarvoor is meer nodig dan nieuwe banden alleen.",
        ),
        "handout.plan_none": (
            "No new tie moves {title} from {before}: it rests on choices and answers (plans, goals, reporting) more than on ties.",
            "Geen nieuwe band brengt {title} van {before} vooruit: dit hangt af van keuzes en antwoorden (plannen, doelen, verantwoording) meer dan van banden.",
        ),
        "handout.more_suggestions": (
            "{n} more {n|suggestion|suggestions} in the full list of suggestions.",
            "Nog {n} {n|suggestie|suggesties} in de volledige lijst met suggesties.",
        ),
        "handout.findings": ("All findings", "Alle bevindingen"),
        "handout.more_findings": ("… and {n} more in the full report", "… en nog {n} in het volledige rapport"),
        "handout.questions": ("Questions for the discussion", "Vragen voor het gesprek"),
        "handout.questions_intro": (
            "From the questionnaire of the 2010 study (Bijlage 2), for the components that scored lowest; the numbers are the questionnaire's.",
            "Uit de vragenlijst van de studie van 2010 (bijlage 2), voor de componenten die het laagst scoren; de nummers zijn die van de vragenlijst.",
        ),
        "handout.bundled": (
            "Note: these data reconstruct the anonymised 2010 study of Zuid-West-Vlaanderen. The regional figures are "
            "the study's; which municipality has which actor is illustrative, not the study's finding about that "
            "municipality.",
            "Let op: deze gegevens reconstrueren de geanonimiseerde studie van 2010 in Zuid-West-Vlaanderen. De "
            "regionale cijfers zijn die van de studie; welke gemeente welke actor heeft, is illustratief en geen "
            "vaststelling van de studie over die gemeente.",
        ),
        "handout.bundled_source": (
            "the bundled reconstruction of the 2010 study of Zuid-West-Vlaanderen",
            "de meegeleverde reconstructie van de studie van 2010 in Zuid-West-Vlaanderen",
        ),
        "handout.footer": (
            "Data: {source}. Findings are checks on data, not judgements: talk them through.",
            "Gegevens: {source}. Bevindingen zijn toetsen op gegevens, geen oordelen: bespreek ze.",
        ),
        "handout.why_study": (
            "Why (in the 2010 study in South-West Flanders)",
            "Waarom (in de studie van 2010 in Zuid-West-Vlaanderen)",
        ),
        # ------------------------------------------------------------ regional handout (workshop --region)
        "handout.region.title": (
            "Regie together: the social economy across our {n} municipalities",
            "Samen regie voeren: de sociale economie in onze {n} gemeenten",
        ),
        "handout.region.subtitle": (
            "Handout for the meeting of the municipalities · {date}",
            "Werkdocument voor het overleg van de gemeenten · {date}",
        ),
        "handout.region.intro": (
            "No municipality sees the whole network on its own. This handout shows what we see together: which "
            "municipalities already share partners and could take up regie jointly, which regional actors work in "
            "our municipalities without a tie with them, and what the regional checks found. The questions at the "
            "end are for our discussion.",
            "Geen enkele gemeente ziet alleen het hele netwerk. Dit werkdocument toont wat we samen zien: welke "
            "gemeenten al dezelfde partners hebben en samen regie kunnen opnemen, welke regionale actoren in onze "
            "gemeenten actief zijn zonder dat onze besturen er een band mee hebben, en wat de regionale toetsen vonden. De "
            "vragen achteraan zijn voor ons gesprek.",
        ),
        "handout.region.clusters": ("Clusters for joint regie", "Clusters voor gezamenlijke regie"),
        "handout.region.clusters_hint": (
            "Municipalities that work with the same actors and sit in the same boards. Binding actors work with "
            "more than half of a cluster; the gaps are the members where a binding actor works without a tie yet.",
            "Gemeenten die met dezelfde actoren werken en in dezelfde besturen zetelen. Bindende actoren werken "
            "met meer dan de helft van een cluster; de hiaten zijn de leden waar een bindende actor actief is "
            "zonder dat er al een band is.",
        ),
        "handout.region.cluster": ("Cluster {n} · {size} municipalities", "Cluster {n} · {size} gemeenten"),
        "handout.region.binding": ("Binding actors:", "Bindende actoren:"),
        "handout.region.binding_item": ("{name} ({n} of {of})", "{name} ({n} van {of})"),
        "handout.region.no_binding": ("No actor binds this cluster yet.", "Nog geen actor bindt deze cluster."),
        "handout.region.gaps": ("A joint approach would close:", "Een gezamenlijke aanpak zou sluiten:"),
        "handout.region.gap_item": ("{name} in {places}", "{name} in {places}"),
        "handout.region.and_more": ("and {n} more", "en nog {n}"),
        "handout.region.more_clusters": (
            "… and {n} more clusters ({singles} of them a single municipality that shares no partner).",
            "… en nog {n} clusters ({singles} daarvan één gemeente die geen partner deelt).",
        ),
        "handout.region.more_clusters_plain": ("… and {n} more clusters.", "… en nog {n} clusters."),
        "handout.region.actors": (
            "Regional actors and how many of our municipalities have a tie with them",
            "Regionale actoren en hoeveel van onze gemeenten er een band mee hebben",
        ),
        "handout.region.actors_hint": (
            "Coverage = municipalities with a tie (municipality or OCMW, any kind of tie, forums included) out of "
            "the municipalities the actor works in. Lowest first: the top rows are our shared agenda — one "
            "conversation with such an actor reaches all the municipalities it misses.",
            "Dekking = gemeenten met een band (gemeente of OCMW, elke soort band, overlegfora inbegrepen) op de "
            "gemeenten waar de actor actief is. Laagste eerst: de bovenste rijen zijn onze gezamenlijke agenda — "
            "één gesprek met zo'n actor bereikt alle gemeenten die hij mist.",
        ),
        "handout.region.col_actor": ("Regional actor", "Regionale actor"),
        "handout.region.col_works": ("works in", "actief in"),
        "handout.region.col_tied": ("with a tie", "met band"),
        "handout.region.col_cov": ("coverage", "dekking"),
        "handout.region.col_missing": ("no tie in", "geen band in"),
        "handout.region.no_actors": ("No regional actors in the data.", "Geen regionale actoren in de gegevens."),
        "handout.region.more_actors": (
            "… and {n} more regional actors, with a higher coverage.",
            "… en nog {n} regionale actoren, met een hogere dekking.",
        ),
        "handout.region.findings": ("What the regional checks found", "Wat de regionale toetsen vonden"),
        "handout.region.findings_hint": (
            "Checks on the data of the whole region, not judgements of a municipality: talk them through.",
            "Toetsen op de gegevens van de hele regio, geen oordeel over een gemeente: bespreek ze.",
        ),
        "handout.region.more_findings": ("… and {n} more of the same kind", "… en nog {n} van dezelfde soort"),
        "handout.region.no_findings": (
            "The regional checks found nothing to discuss.",
            "De regionale toetsen vonden niets om te bespreken.",
        ),
        "handout.region.passed": ("Checked, no finding:", "Nagekeken, geen bevinding:"),
        "handout.region.questions_intro": (
            "About sub-regional regie, after the 2010 study: its questionnaire (Bijlage 2, with its numbers: 1.4.1 "
            "on the actors' input including 'auxiliary or sub-regie', 2.2.2 on consulting partners, 0.2 on forums "
            "and partnerships) and its conclusion C3 (involving local and regional actors adds value).",
            "Over subregionale regie, naar de studie van 2010: haar vragenlijst (bijlage 2, met haar nummers: "
            "1.4.1 over de inbreng van actoren inclusief 'hulp- of subregie', 2.2.2 over het betrekken van "
            "partners, 0.2 over overlegfora en samenwerkingsverbanden) en haar besluit C3 (lokale én regionale "
            "actoren betrekken kan een meerwaarde betekenen).",
        ),
        "question.region.contribution": (
            "What input do the regional actors have in our municipalities' policy on the social economy, in content "
            "and in organisation — including as 'auxiliary or sub-regisseur'?",
            "Welke inbreng hebben de regionale actoren in het beleid sociale economie van onze gemeenten, "
            "inhoudelijk en organisatorisch — ook als 'hulp- of subregisseur'?",
        ),
        "question.region.subregie": (
            "Which cluster of municipalities could take up regie together, and which binding actor or regional "
            "body could support it as sub-regisseur? For which tasks?",
            "Welke cluster van gemeenten kan samen de regie opnemen, en welke bindende actor of welk regionaal "
            "orgaan kan daarbij als subregisseur ondersteunen? Voor welke taken?",
        ),
        "question.region.partners": (
            "When drawing up our policy documents, did we contact the regional actors as possible partners? How: a "
            "forum, a meeting, informal contact?",
            "Namen we bij de opmaak van onze beleidsdocumenten contact op met de regionale actoren als mogelijke "
            "partners? Op welke manier: een overlegforum, een vergadering, informeel contact?",
        ),
        "question.region.forums": (
            "In which forums and partnerships do our municipalities meet each other, and who gives an account of "
            "the whole network there?",
            "In welke overlegfora en samenwerkingsverbanden ontmoeten onze gemeenten elkaar, en wie legt daar "
            "verantwoording af over het geheel van het netwerk?",
        ),
        "question.region.first_actor": (
            "With which regional actor at the top of the coverage table do we start the conversation together, and "
            "who takes it up on behalf of the region?",
            "Met welke regionale actor bovenaan de tabel van de dekking gaan we samen als eerste in gesprek, en wie "
            "neemt dat op namens de regio?",
        ),
        "workshop.opt.region": (
            "The handout for a meeting of the region's municipalities (instead of --municipality).",
            "Het werkdocument voor het overleg van de gemeenten van de regio (in plaats van --municipality).",
        ),
        "workshop.err.one_of": (
            "Give either --municipality M (one municipality's handout) or --region (the regional handout).",
            "Geef ofwel --municipality M (werkdocument van één gemeente) ofwel --region (regionaal werkdocument).",
        ),
        "opt.output_dir": (
            "Folder to write into, created when missing (default: output/). A folder, not a file: this command "
            "names its files itself, and a name such as handout.html is refused.",
            "Map om in te schrijven, aangemaakt als ze ontbreekt (standaard: output/). Een map, geen bestand: dit "
            "commando kiest zelf de bestandsnamen, en een naam zoals handout.html wordt geweigerd.",
        ),
        "short.workshop": (
            "A printable, offline workshop handout for one municipality (Dutch by default).",
            "Een afdrukbaar werkdocument voor de workshop van één gemeente (standaard in het Nederlands).",
        ),
        "help.workshop": (
            "Write one self-contained HTML handout for a municipality's workshop: its network as a diagram, the four "
            "component levels as a scorecard, the findings in plain language, the most promising suggestions, and "
            "discussion questions from the 2010 questionnaire (with its numbers) for the lowest-scoring components. "
            "Prints on A4 in at most four pages; works offline. Dutch by default. With --region instead of "
            "--municipality: the handout for a meeting of the region's municipalities (clusters for joint regie, "
            "regional actors by coverage, regional findings, questions on sub-regional regie).\n\n"
            "Example:\n\n    regienet workshop --municipality Zwevegem -o handouts/",
            "Schrijf één zelfstandig HTML-werkdocument voor de workshop van een gemeente: haar netwerk als diagram, de "
            "vier componenten als scorekaart, de bevindingen in gewone taal, de meest veelbelovende suggesties, en "
            "gespreksvragen uit de vragenlijst van 2010 (met haar nummers) voor de componenten die het laagst scoren. "
            "Past op A4 in hoogstens vier bladzijden; werkt offline. Standaard in het Nederlands. Met --region in "
            "plaats van --municipality: het werkdocument voor het overleg van de gemeenten van de regio (clusters "
            "voor gezamenlijke regie, regionale actoren naar dekking, regionale bevindingen, vragen over "
            "subregionale regie).\n\n"
            "Voorbeeld:\n\n    regienet workshop --municipality Zwevegem -o werkdocumenten/",
        ),
    }
)

# ---------------------------------------------------------------------- maps and exports (issue 4)
MESSAGES.update(
    {
        # ------------------------------------------------------------ CLI
        "short.map": (
            "Interactive network map: one HTML file that works offline.",
            "Interactieve netwerkkaart: één HTML-bestand dat offline werkt.",
        ),
        "help.map": (
            "Draw the network as an interactive map in one self-contained HTML file: it opens from a USB "
            "stick without internet and never loads anything from the web. Municipalities stand at their "
            "town hall, each with its own actors around it; regional actors form a ring around the region. "
            "Colour and shape show the kind of actor, line colour and dashes the layer of a tie, a thick "
            "line a tie with an own actor. Hover an actor for its attributes, ties and findings. With "
            "--municipality the map shows one municipality's own view with its four component levels; "
            "with --gaps it overlays missing regional links (SA04), blind spots (OV01) and coupling "
            "opportunities (SA05). With --view region each municipality is one node (size: its actors; "
            "colour: the level of --level, SA by default; border: its cluster for joint regie), with the "
            "regional actors round them and one line per municipality and actor (width: the number of ties). "
            "The file goes to output/ in the current folder unless -o says otherwise; "
            "the command prints its path and never opens a browser.\n\n"
            "Example:\n\n    regienet map --municipality Zwevegem --gaps --lang nl",
            "Teken het netwerk als interactieve kaart in één zelfstandig HTML-bestand: het opent vanaf een "
            "USB-stick zonder internet en laadt nooit iets van het web. De gemeenten staan op de plaats van "
            "hun gemeentehuis, met hun eigen actoren errond; regionale actoren vormen een ring rond de regio. "
            "Kleur en vorm tonen de soort actor, kleur en streepjes van een lijn de laag van een band, een "
            "dikke lijn een band met een eigen actor. Beweeg over een actor voor zijn kenmerken, banden en "
            "bevindingen. Met --municipality toont de kaart het netwerk van één gemeente met de niveaus van "
            "de vier componenten; met --gaps komen er ontbrekende regionale schakels (SA04), blinde vlekken "
            "(OV01) en koppelkansen (SA05) bij. Met --view region is elke gemeente één knoop (grootte: haar "
            "actoren; kleur: het niveau van --level, standaard SA; rand: haar cluster voor gezamenlijke regie), "
            "met de regionale actoren errond en één lijn per gemeente en actor (dikte: het aantal banden). "
            "Het bestand komt in output/ in de huidige map, tenzij -o iets "
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
            "Output file, or a folder (ending in / or existing) for the default name (default: "
            "output/map-region.html, output/map-<municipality>.html or output/map-region-view-<level>.html).",
            "Uitvoerbestand, of een map (eindigend op / of bestaand) voor de standaardnaam (standaard: "
            "output/map-region.html, output/map-<gemeente>.html of output/map-region-view-<niveau>.html).",
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
            "Output file, '-' for standard output, or a folder (ending in / or existing) for the default name "
            "(default: output/region.<ext>).",
            "Uitvoerbestand, '-' voor de standaarduitvoer, of een map (eindigend op / of bestaand) voor de "
            "standaardnaam (standaard: output/region.<ext>).",
        ),
        # ------------------------------------------------------------ titles
        "map.title.region": ("Social-economy network", "Netwerk sociale economie"),
        "map.vis_missing": (
            "Cannot make the map: vis-network {version} is not found at {path}. It comes with pyvis 0.3.2: "
            "reinstall regienet (python -m pip install --force-reinstall 'pyvis==0.3.2').",
            "Kan de kaart niet maken: vis-network {version} staat niet op {path}. Het hoort bij pyvis 0.3.2: "
            "installeer regienet opnieuw (python -m pip install --force-reinstall 'pyvis==0.3.2').",
        ),
        "map.vis_changed": (
            "Cannot make the map: {path} is not the vis-network {version} regienet was tested with "
            "(SHA-256 {actual}, expected {expected}). Reinstall pyvis 0.3.2 "
            "(python -m pip install --force-reinstall 'pyvis==0.3.2').",
            "Kan de kaart niet maken: {path} is niet de vis-network {version} waarmee regienet getest is "
            "(SHA-256 {actual}, verwacht {expected}). Installeer pyvis 0.3.2 opnieuw "
            "(python -m pip install --force-reinstall 'pyvis==0.3.2').",
        ),
        "map.title.municipality": ("Social-economy network of {name}", "Netwerk sociale economie van {name}"),
        "map.title.year": ("situation in {year}", "toestand in {year}"),
        "map.subtitle.gaps": ("With gaps (in red)", "Met hiaten (in het rood)"),
        "map.subtitle.no_gaps": (
            "No gaps found: no missing regional links, blind spots or coupling opportunities.",
            "Geen hiaten gevonden: geen ontbrekende regionale schakels, blinde vlekken of koppelkansen.",
        ),
        # short names for the map's header; the full ones are component.*
        "map.component.OV": ("overview", "overzicht"),
        "map.component.BL": ("policy lines", "beleidslijnen"),
        "map.component.SA": ("commitment and cooperation", "inzet en samenwerking"),
        "map.component.VA": ("accountability", "verantwoording"),
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
        "map.ui.legend": ("Legend", "Legende"),
        "map.ui.legend_actors": ("Actors", "Actoren"),
        "map.ui.legend_enterprises": ("Social enterprises by type", "Sociale ondernemingen per type"),
        "map.ui.legend_edges": ("Ties by layer (tick to show)", "Banden per laag (aanvinken om te tonen)"),
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
        "map.info.pinned": (
            "Pinned: click the background or press Esc to close.",
            "Vastgezet: klik op de achtergrond of druk Esc om te sluiten.",
        ),
        "map.layer_word": ("layer", "laag"),
        # ------------------------------------------------------------ region view (map --view region)
        "map.title.region_view": (
            "The region: municipalities and regional actors",
            "De regio: gemeenten en regionale actoren",
        ),
        "map.count.region_view": (
            "{municipalities} municipalities, {actors} regional actors, {pairs} lines",
            "{municipalities} gemeenten, {actors} regionale actoren, {pairs} lijnen",
        ),
        "map.rv.tie_one": ("1 tie", "1 band"),
        "map.rv.ties": ("{n} ties", "{n} banden"),
        "map.rv.cluster": ("cluster {n}", "cluster {n}"),
        "map.rv.cluster_size": ("{n} municipalities", "{n} gemeenten"),
        "map.rv.binding": ("binding actors: {names}", "bindende actoren: {names}"),
        "map.rv.no_binding": ("no binding actor", "geen bindende actor"),
        "map.rv.actors_here": ("actors working here", "actoren actief in de gemeente"),
        "map.rv.tied_actors": ("Regional actors with a tie ({n})", "Regionale actoren met een band ({n})"),
        "map.rv.untied_actors": ("Working here without a tie ({n})", "Actief in de gemeente zonder band ({n})"),
        "map.rv.works_in": ("works in (municipalities)", "actief in (gemeenten)"),
        "map.rv.tied_in": ("tied to (municipalities)", "met een band (gemeenten)"),
        "map.rv.coverage": ("coverage", "dekking"),
        "map.rv.no_tie_in": ("No tie in ({n})", "Geen band in ({n})"),
        "map.rv.per_layer": ("Ties per layer", "Banden per laag"),
        "map.rv.legend_level": (
            "Municipalities: colour = level of {component} ({code})",
            "Gemeenten: kleur = niveau van {component} ({code})",
        ),
        "map.rv.legend_clusters": ("Clusters for joint regie (border)", "Clusters voor gezamenlijke regie (rand)"),
        "map.rv.legend_actors": ("Regional actors", "Regionale actoren"),
        "map.rv.legend_edges": (
            "Ties per municipality and actor (tick to show)",
            "Banden per gemeente en actor (aanvinken om te tonen)",
        ),
        "map.rv.width": (
            "line width: number of ties; colour: the layer with most ties",
            "lijndikte: aantal banden; kleur: de laag met de meeste banden",
        ),
        "map.rv.note": (
            "Each municipality is one square at its town hall; regional actors form the ring round the region, "
            "on the side of the municipalities they work with.",
            "Elke gemeente is één vierkant op de plaats van haar gemeentehuis; regionale actoren vormen de ring "
            "rond de regio, aan de kant van de gemeenten waarmee ze werken.",
        ),
        "map.rv.size": (
            "Size: number of actors working in the municipality (squares) or number of municipalities an actor "
            "works in.",
            "Grootte: aantal actoren actief in de gemeente (vierkanten) of aantal gemeenten waar een actor actief is.",
        ),
        "map.opt.view": (
            "actors: every actor (default); region: municipalities as single nodes with the regional actors.",
            "actors: alle actoren (standaard); region: elke gemeente als één knoop, met de regionale actoren.",
        ),
        "map.opt.level": (
            "In the region view, colour municipalities by this component's level: OV, BL, SA (default) or VA.",
            "Kleur in de regioweergave de gemeenten volgens het niveau van deze component: OV, BL, SA "
            "(standaard) of VA.",
        ),
        "map.err.view_options": (
            "--view region draws the whole region: it cannot be combined with --municipality or --gaps.",
            "--view region tekent de hele regio: het kan niet samen met --municipality of --gaps.",
        ),
        # ------------------------------------------------------------ gaps
        "map.gap.SA04": ("missing regional link (SA04)", "ontbrekende regionale schakel (SA04)"),
        "map.gap.OV01": ("blind spot (OV01)", "blinde vlek (OV01)"),
        "map.gap.SA05": ("coupling opportunity (SA05)", "koppelkans (SA05)"),
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

# ---------------------------------------------------------------- synth (issue 6)
MESSAGES.update(
    {
        "short.synth": (
            "Write a synthetic region of any size (for benchmarks and demos).",
            "Schrijf een synthetische regio van eender welke grootte (voor benchmarks en demo's).",
        ),
        "help.synth": (
            "Write a synthetic region in the data contract: N municipalities on a grid inside the "
            "bounding box of Flanders, each with its OCMW, an own LDE initiative in about 70 % of them, "
            "local and regional enterprises, support organisations, forums, funding, and questionnaire "
            "answers at the rates of the 2010 Zuid-West-Vlaanderen study (some blank = unknown). About "
            "13 actors and 60-90 relations per municipality. The same --seed always gives "
            "byte-identical files. The output folder is created when missing; an existing folder must "
            "be empty unless --force, which replaces only actors.csv and relations.csv in it. Each file "
            "is written atomically.\n\n"
            "--shape chooses the kind of region, so that benchmarks and tests cover more than one: "
            "clusters (the default, described above); hubs (every municipality a handful of local "
            "actors and a forum, max(40, N/10) regional actors each working in 15-50 municipalities "
            "all over the region, one authority tied to every municipality: about 11 actors and 34 "
            "relations per municipality); flat (only local actors, no regional actors at all); dense "
            "(big local networks: 30-60 local actors per municipality with many cooperation ties, "
            "about 48 actors and 220 relations per municipality); grid (town halls about 1 km apart "
            "on a square grid, 4-12 local enterprises each, every one with two activities and two "
            "target groups).\n\n"
            "Example:\n\n\b\n    regienet synth --municipalities 300 --seed 1 -o flanders/\n"
            "    regienet synth -n 3000 --shape hubs -o hubs-3000/",
            "Schrijf een synthetische regio volgens het gegevenscontract: N gemeenten op een raster "
            "binnen de omtrek van Vlaanderen, elk met haar OCMW, in ongeveer 70 % een eigen "
            "LDE-initiatief, lokale en regionale ondernemingen, ondersteunende organisaties, "
            "overlegplatformen, financiering, en antwoorden op de vragenlijst volgens de cijfers van de "
            "studie Zuid-West-Vlaanderen 2010 (soms leeg = onbekend). Ongeveer 13 actoren en 60-90 "
            "relaties per gemeente. Dezelfde --seed geeft altijd byte per byte dezelfde bestanden. De "
            "uitvoermap wordt aangemaakt als ze niet bestaat; een bestaande map moet leeg zijn, "
            "behalve met --force, dat enkel actors.csv en relations.csv erin vervangt. Elk bestand "
            "wordt atomair geschreven.\n\n"
            "--shape kiest de soort regio, zodat benchmarks en tests meer dan één vorm dekken: "
            "clusters (de standaard, hierboven beschreven); hubs (elke gemeente een handvol lokale "
            "actoren en een overlegplatform, max(40, N/10) regionale actoren die elk in 15-50 "
            "gemeenten verspreid over de regio werken, één overheid verbonden met elke gemeente: "
            "ongeveer 11 actoren en 34 relaties per gemeente); flat (enkel lokale actoren, geen "
            "regionale); dense (grote lokale netwerken: 30-60 lokale actoren per gemeente met veel "
            "samenwerkingsverbanden, ongeveer 48 actoren en 220 relaties per gemeente); grid "
            "(gemeentehuizen ongeveer 1 km uit elkaar op een vierkant raster, elk 4-12 lokale "
            "ondernemingen met elk twee activiteiten en twee doelgroepen).\n\n"
            "Voorbeeld:\n\n\b\n    regienet synth --municipalities 300 --seed 1 -o vlaanderen/\n"
            "    regienet synth -n 3000 --shape hubs -o hubs-3000/",
        ),
        "synth.opt.municipalities": ("Number of municipalities (1-{max}).", "Aantal gemeenten (1-{max})."),
        "synth.opt.seed": (
            "Random seed: the same seed gives the same files.",
            "Startwaarde van het toeval: dezelfde seed geeft dezelfde bestanden.",
        ),
        "synth.opt.shape": (
            "Kind of region: clusters (Flanders-like, the default), hubs (widely shared regional "
            "actors), flat (no regional actors), dense (big local networks) or grid (town halls "
            "1 km apart).",
            "Soort regio: clusters (zoals Vlaanderen, de standaard), hubs (regionale actoren die "
            "veel gemeenten delen), flat (geen regionale actoren), dense (grote lokale netwerken) of "
            "grid (gemeentehuizen 1 km uit elkaar).",
        ),
        "synth.bad_shape": (
            "--shape must be one of {shapes}, not {value}.",
            "--shape moet een van {shapes} zijn, niet {value}.",
        ),
        "synth.opt.output": (
            "Folder to write actors.csv and relations.csv into (a folder, not a file name: a name ending in .csv "
            "is refused).",
            "Map waarin actors.csv en relations.csv geschreven worden (een map, geen bestandsnaam: een naam op .csv "
            "wordt geweigerd).",
        ),
        "synth.opt.force": (
            "Write into an existing, non-empty folder (replaces actors.csv and relations.csv only).",
            "Schrijf in een bestaande, niet-lege map (vervangt enkel actors.csv en relations.csv).",
        ),
        "opt.quiet": ("Show no progress bar.", "Toon geen voortgangsbalk."),
        "opt.jobs": (
            "Worker processes (default: the cores); see 'regienet docs benchmarks'.",
            "Werkprocessen (standaard: de kernen); zie 'regienet docs benchmarks'.",
        ),
        "synth.bad_municipalities": (
            "--municipalities must be a whole number from 1 to {max}, not {value}.",
            "--municipalities moet een geheel getal van 1 tot {max} zijn, niet {value}.",
        ),
        "synth.bad_seed": (
            "--seed must be a whole number of 0 or more, not {value}.",
            "--seed moet een geheel getal van 0 of meer zijn, niet {value}.",
        ),
        "synth.not_empty": (
            "folder {path} is not empty; pass --force to replace actors.csv and relations.csv in it.",
            "map {path} is niet leeg; gebruik --force om actors.csv en relations.csv erin te vervangen.",
        ),
        "synth.not_a_folder": ("{path} exists and is not a folder.", "{path} bestaat en is geen map."),
        "synth.cannot_create": (
            "cannot create folder {path}: {reason}.",
            "kan map {path} niet aanmaken: {reason}.",
        ),
        "synth.wrote": (
            "Wrote a synthetic region of {n} municipalities (seed {seed}) to {path}: "
            "{actors} actors, {relations} relations.",
            "Synthetische regio van {n} gemeenten (seed {seed}) geschreven naar {path}: "
            "{actors} actoren, {relations} relaties.",
        ),
        "synth.progress.generate": ("Generating the region", "Regio aanmaken"),
        "synth.progress.write": ("Writing CSV files", "CSV-bestanden schrijven"),
    }
)

MESSAGES.update(
    {
        # ------------------------------------------------- robustness (issue 7)
        "problem.implausible_number": (
            "'{value}' is not a usable number (infinite or far too large).",
            "'{value}' is geen bruikbaar getal (oneindig of veel te groot).",
        ),
        "hint.implausible_number": (
            "Write the real value; leave the cell blank when unknown.",
            "Vul de echte waarde in; laat de cel leeg als ze onbekend is.",
        ),
        "problem.reserved_column": (
            "column name '{value}' is reserved: regienet uses it for its own bookkeeping.",
            "kolomnaam '{value}' is voorbehouden: regienet gebruikt die zelf.",
        ),
        "hint.reserved_column": (
            "Rename the column, e.g. '{value}_1'.",
            "Geef de kolom een andere naam, bv. '{value}_1'.",
        ),
    }
)

MESSAGES.update(
    {
        "progress.check": ("Checking municipalities", "Gemeenten doorlichten"),
        "progress.map": ("Drawing the map", "Kaart tekenen"),
        "progress.export": ("Exporting the network", "Netwerk exporteren"),
        "export.not_xml": (
            "{n} {n|value holds|values hold} characters XML cannot hold (a vertical tab, form feed …); they are written as a "
            "space. Clean the cells in the CSV to silence this.",
            "{n} {n|waarde bevat|waarden bevatten} tekens die XML niet kan bevatten (een verticale tab, form feed …); ze worden "
            "als spatie geschreven. Maak de cellen in de CSV schoon om dit te vermijden.",
        ),
        "export.bad_epoch": (
            "SOURCE_DATE_EPOCH must be a whole number of seconds since 1970-01-01 UTC, not '{value}'.",
            "SOURCE_DATE_EPOCH moet een geheel aantal seconden sinds 1970-01-01 UTC zijn, niet '{value}'.",
        ),
    }
)

MESSAGES.update(
    {
        "output.parent_is_file": (
            "cannot write {path}: {folder} is a file, not a folder.",
            "kan {path} niet schrijven: {folder} is een bestand, geen map.",
        ),
    }
)

MESSAGES.update(
    {
        "problem.date_as_year": (
            "the cell holds the date {value}, not a year.",
            "de cel bevat de datum {value}, geen jaartal.",
        ),
        "hint.date_as_year": (
            "Excel turned the year into a date: format the column as 'General' and type the year, e.g. 2010.",
            "Excel maakte van het jaartal een datum: zet de celopmaak van de kolom op 'Standaard' en typ het jaartal, bv. 2010.",
        ),
        "problem.date_as_number": (
            "the cell holds the date {value}, not a number.",
            "de cel bevat de datum {value}, geen getal.",
        ),
        "hint.date_as_number": (
            "Excel turned the number into a date: format the column as 'General' or 'Number' and type the number again.",
            "Excel maakte van het getal een datum: zet de celopmaak van de kolom op 'Standaard' of 'Getal' en typ het getal opnieuw.",
        ),
        "problem.unsupported_workbook": (
            "regienet reads .xlsx workbooks and folders of CSV files, not {value} files.",
            "regienet leest .xlsx-werkmappen en mappen met CSV-bestanden, geen {value}-bestanden.",
        ),
        "hint.unsupported_workbook": (
            "Save the workbook as 'Excel Workbook (.xlsx)', with sheets 'actors' and 'relations'.",
            "Sla de werkmap op als 'Excel-werkmap (.xlsx)', met de bladen 'actors' en 'relations'.",
        ),
    }
)

MESSAGES.update(
    {
        # ------------------------------------------------------------- init
        "short.init": (
            "Create empty templates (CSV, optionally .xlsx) with a guide to the columns.",
            "Maak lege sjablonen (CSV, desgewenst .xlsx) met een gids bij de kolommen.",
        ),
        "help.init": (
            "Create DIR with actors.csv and relations.csv: every column of the data contract, one example row per "
            "kind of actor and per kind of relation (they pass 'regienet validate'; replace or delete them), and a "
            "guide to the columns in the chosen language (GUIDE.md, or GIDS.md with --lang nl). With --xlsx also "
            "region.xlsx: both sheets with dropdowns for the fixed values and a guide sheet (needs openpyxl). "
            "A DIR that is not empty is refused unless --force; files are written whole or not at all. Fill in "
            "either the workbook (then: regienet validate --data DIR/region.xlsx) or the CSV files: a data folder "
            "holding both is refused.\n\n"
            "Example:\n\n    regienet init my-region --lang nl --xlsx",
            "Maak MAP met actors.csv en relations.csv: elke kolom van het gegevenscontract, één voorbeeldrij per "
            "soort actor en per soort relatie (die slagen voor 'regienet validate'; vervang of verwijder ze), en een "
            "gids bij de kolommen in de gekozen taal (GIDS.md, of GUIDE.md met --lang en). Met --xlsx ook "
            "region.xlsx: beide bladen met keuzelijsten voor de vaste waarden en een blad met de gids (vraagt openpyxl). "
            "Een MAP die niet leeg is, wordt geweigerd tenzij met --force; bestanden worden volledig of niet geschreven. "
            "Vul de werkmap in (daarna: regienet validate --data MAP/region.xlsx) of de CSV-bestanden: een "
            "gegevensmap met beide wordt geweigerd.\n\n"
            "Voorbeeld:\n\n    regienet init mijn-regio --lang nl --xlsx",
        ),
        "opt.xlsx": ("Also write region.xlsx (needs openpyxl).", "Schrijf ook region.xlsx (vraagt openpyxl)."),
        "opt.force": (
            "Write into a folder that is not empty (an existing actors.csv, relations.csv or region.xlsx is never overwritten).",
            "Schrijf in een map die niet leeg is (een bestaande actors.csv, relations.csv of region.xlsx wordt nooit overschreven).",
        ),
        "init.would_overwrite": (
            "{folder} already holds {files}; regienet init never overwrites data. Move or rename them first.",
            "{folder} bevat al {files}; regienet init overschrijft nooit gegevens. Verplaats of hernoem ze eerst.",
        ),
        "init.not_empty": (
            "{folder} is not empty ({files}); use --force to write the templates into it anyway.",
            "{folder} is niet leeg ({files}); gebruik --force om de sjablonen er toch in te schrijven.",
        ),
        "init.not_a_folder": ("{folder} exists and is not a folder.", "{folder} bestaat en is geen map."),
        "init.needs_openpyxl": (
            "--xlsx needs the optional package openpyxl: pip install 'regienet[xlsx]'.",
            "--xlsx vraagt het pakket openpyxl: pip install 'regienet[xlsx]'.",
        ),
        "init.next": (
            "Next: fill in the files (replace the example rows), then run: regienet validate --data {folder}",
            "Volgende stap: vul de bestanden in (vervang de voorbeeldrijen) en voer dan uit: regienet validate --data {folder}",
        ),
        "init.next_xlsx": (
            "Next: fill in the workbook {workbook} (replace the example rows), then run: regienet validate --data {workbook}\n"
            "(The CSV files beside it are the same templates: use either the workbook or the CSVs, and delete the other — "
            "a folder with both is refused.)",
            "Volgende stap: vul de werkmap {workbook} in (vervang de voorbeeldrijen) en voer dan uit: regienet validate --data {workbook}\n"
            "(De CSV-bestanden ernaast zijn dezelfde sjablonen: gebruik de werkmap of de CSV's en verwijder de andere — "
            "een map met beide wordt geweigerd.)",
        ),
        # example rows
        "init.example_provenance": ("example row: replace or delete", "voorbeeldrij: vervang of verwijder"),
        "init.example.municipality": ("Municipality of Example", "Gemeente Voorbeeld"),
        "init.example.ocmw": ("OCMW Example", "OCMW Voorbeeld"),
        "init.example.enterprise": ("Example reuse centre", "Kringloopwinkel Voorbeeld"),
        "init.example.support": ("Social economy support centre", "Steunpunt sociale economie"),
        "init.example.forum": ("Example employment forum", "Werkgelegenheidsforum Voorbeeld"),
        "init.example.authority": ("Flemish government", "Vlaamse overheid"),
        # the guide
        "guide.file": ("GUIDE.md", "GIDS.md"),
        "guide.sheet": ("guide", "gids"),
        "guide.title": ("Guide to the data files", "Gids bij de gegevensbestanden"),
        "guide.intro": (
            "A region is two files: actors.csv (one row per municipality, OCMW, social enterprise, support "
            "organisation, forum or higher government) and relations.csv (one row per tie between two actors). "
            "The example rows show one of each kind; replace or delete them. Keep the column names in the first "
            "row as they are (in English); leave out columns you do not use, or add your own: extra columns are kept.",
            "Een regio bestaat uit twee bestanden: actors.csv (één rij per gemeente, OCMW, sociale onderneming, "
            "ondersteunende organisatie, overlegplatform of hogere overheid) en relations.csv (één rij per band tussen "
            "twee actoren). De voorbeeldrijen tonen er één van elke soort; vervang of verwijder ze. Laat de kolomnamen "
            "in de eerste rij zoals ze zijn (in het Engels); kolommen die u niet gebruikt mag u weglaten, eigen kolommen "
            "toevoegen mag ook: ze blijven bewaard.",
        ),
        "guide.rules": (
            "- A blank cell means unknown, never no: a rule that needs it then says 'unknown' instead of guessing.\n"
            "- Lists use '|' between items: green|reuse. Never ',' or ';' inside a cell.\n"
            "- yes/no cells: yes or no (ja/nee, true/false and 1/0 also work).\n"
            "- Ids: lower-case letters, digits, '_', '.', '-'; every actor its own id. Relations refer to actors by id.\n"
            "- Save as CSV UTF-8 (';' or ',' as separator both work), or keep everything in one .xlsx with sheets 'actors' and 'relations'.",
            "- Een lege cel betekent onbekend, nooit nee: een regel die de waarde nodig heeft, meldt dan 'onbekend' in plaats van te gokken.\n"
            "- Lijsten scheidt u met '|': green|reuse. Nooit ',' of ';' binnen een cel.\n"
            "- ja/nee-cellen: yes of no (ja/nee, true/false en 1/0 mogen ook).\n"
            "- Id's: kleine letters, cijfers, '_', '.', '-'; elke actor een eigen id. Relaties verwijzen naar actoren met hun id.\n"
            "- Bewaar als CSV UTF-8 (';' of ',' als scheidingsteken werken allebei), of houd alles in één .xlsx met de bladen 'actors' en 'relations'.",
        ),
        "guide.check": (
            "Check your data at any time with: regienet validate --data {folder}\n"
            "Every problem is listed with file, line, column, the value and how to fix it.",
            "Controleer uw gegevens op elk moment met: regienet validate --data {folder}\n"
            "Elk probleem wordt getoond met bestand, regel, kolom, de waarde en de oplossing.",
        ),
        "guide.actor_kinds": ("Kinds of actor (column kind)", "Soorten actoren (kolom kind)"),
        "guide.relation_kinds": ("Kinds of relation (column kind)", "Soorten relaties (kolom kind)"),
        "guide.h.column": ("column", "kolom"),
        "guide.h.required": ("required", "verplicht"),
        "guide.h.values": ("values", "waarden"),
        "guide.h.applies": ("applies to", "geldt voor"),
        "guide.h.questionnaire": ("questionnaire", "vragenlijst"),
        "guide.h.meaning": ("meaning", "betekenis"),
        "guide.h.kind": ("kind", "soort"),
        "guide.h.from": ("from (source)", "van (source)"),
        "guide.h.to": ("to (target)", "naar (target)"),
        "guide.h.direction": ("direction", "richting"),
        "guide.h.component": ("component", "component"),
        "guide.all_rows": ("all rows", "alle rijen"),
        "guide.directed": ("directed", "gericht"),
        "guide.undirected": ("undirected (write once)", "ongericht (één keer noteren)"),
        "guide.v.id": ("unique id: a-z, 0-9, _ . -", "unieke id: a-z, 0-9, _ . -"),
        "guide.v.text": ("text", "tekst"),
        "guide.v.ref": ("an actor id", "een actor-id"),
        "guide.v.municipality_ref": ("a municipality id", "een gemeente-id"),
        "guide.v.government_ref": ("id of a municipality or OCMW", "id van een gemeente of OCMW"),
        "guide.v.reflist": (
            "municipality ids separated by |, or * for all",
            "gemeente-id's gescheiden door |, of * voor alle",
        ),
        "guide.v.list": ("tags separated by |", "trefwoorden gescheiden door |"),
        "guide.v.enum": ("one of: {choices}", "een van: {choices}"),
        "guide.v.enumlist": (
            "one or more of {choices}, separated by |",
            "een of meer van {choices}, gescheiden door |",
        ),
        "guide.v.yesno": ("yes / no", "yes / no (ja / nee)"),
        "guide.v.number": ("a number (12.5 or 12,5)", "een getal (12,5 of 12.5)"),
        "guide.v.integer": ("a whole number", "een geheel getal"),
        "guide.v.year": ("a year, e.g. 2010", "een jaartal, bv. 2010"),
        "guide.v.range": ("{values}, {low} to {high}", "{values}, {low} tot {high}"),
        "guide.v.from": ("{values}, at least {low}", "{values}, minstens {low}"),
        # column meanings: actors.csv
        "guide.col.actors.id": ("short unique id, used in relations.csv", "korte unieke id, gebruikt in relations.csv"),
        "guide.col.actors.name": ("name as people know it", "naam zoals men ze kent"),
        "guide.col.actors.kind": (
            "what the actor is (see the table of kinds)",
            "wat de actor is (zie de tabel met soorten)",
        ),
        "guide.col.actors.municipality": (
            "municipality the row belongs to; required for municipality and OCMW rows (a municipality names itself), otherwise the seat",
            "gemeente waartoe de rij behoort; verplicht voor gemeente- en OCMW-rijen (een gemeente noemt zichzelf), anders de zetel",
        ),
        "guide.col.actors.scope": ("local (default) or regional", "local (standaard) of regional (regionaal)"),
        "guide.col.actors.operates_in": (
            "where the actor works; default its seat",
            "waar de actor actief is; standaard de zetel",
        ),
        "guide.col.actors.subtype": ("kind of social enterprise", "soort sociale onderneming"),
        "guide.col.actors.activities": (
            "what it does, e.g. green|reuse|cleaning",
            "wat ze doet, bv. green|reuse|cleaning",
        ),
        "guide.col.actors.target_groups": (
            "whom it employs, e.g. long_term_unemployed|disabled",
            "wie ze tewerkstelt, bv. long_term_unemployed|disabled",
        ),
        "guide.col.actors.jobs": ("target-group jobs (FTE)", "jobs voor doelgroepwerknemers (vte)"),
        "guide.col.actors.lat": (
            "latitude (WGS84); municipalities at the town hall",
            "breedtegraad (WGS84); gemeenten op het gemeentehuis",
        ),
        "guide.col.actors.lon": ("longitude (WGS84)", "lengtegraad (WGS84)"),
        "guide.col.actors.actor_inventory": (
            "has a formal inventory of the actors",
            "heeft een formele inventaris van de actoren",
        ),
        "guide.col.actors.se_in_plans": (
            "social economy is in the policy plans",
            "sociale economie staat in de beleidsplannen",
        ),
        "guide.col.actors.se_goals": (
            "how concrete the social-economy goals are",
            "hoe concreet de doelstellingen voor sociale economie zijn",
        ),
        "guide.col.actors.se_lead": (
            "this government takes the lead for social economy",
            "dit bestuur neemt het voortouw voor sociale economie",
        ),
        "guide.col.actors.lde_recognized": (
            "the government itself is a recognised LDE initiative",
            "het bestuur is zelf een erkend LDE-initiatief",
        ),
        "guide.col.actors.role_choice": ("the role it says it chooses", "de rol die het bestuur zegt te kiezen"),
        "guide.col.actors.council_mentions": (
            "times a year social economy is on the council's agenda",
            "aantal keer per jaar dat sociale economie op de agenda van de raad staat",
        ),
        "guide.col.actors.annual_report": (
            "social economy is in the annual report",
            "sociale economie staat in het jaarverslag",
        ),
        "guide.col.actors.public_reporting": ("what the public is told", "wat de burger te horen krijgt"),
        "guide.col.actors.accountability_level": (
            "0 none, 1 toelichting, 2 uitleg, 3 rekenschap, 4 verantwoording",
            "0 geen, 1 toelichting, 2 uitleg, 3 rekenschap, 4 verantwoording",
        ),
        "guide.col.actors.provenance": (
            "where the row comes from (a report, a URL)",
            "waar de rij vandaan komt (een rapport, een URL)",
        ),
        # column meanings: relations.csv
        "guide.col.relations.source": ("id of the actor the tie starts from", "id van de actor waar de band vertrekt"),
        "guide.col.relations.target": ("id of the actor the tie goes to", "id van de actor waar de band naartoe gaat"),
        "guide.col.relations.kind": (
            "what the tie is (see the table of kinds)",
            "wat de band is (zie de tabel met soorten)",
        ),
        "guide.col.relations.body": ("the governing body the seat is in", "het bestuursorgaan waarin de zetel is"),
        "guide.col.relations.capacity": (
            "mandate: represents the government; personal: in own name",
            "mandate: vertegenwoordigt het bestuur; personal: in eigen naam",
        ),
        "guide.col.relations.formal": (
            "laid down formally (agreement, regulation)",
            "formeel vastgelegd (overeenkomst, reglement)",
        ),
        "guide.col.relations.frequency": ("how often", "hoe vaak"),
        "guide.col.relations.amount_eur": (
            "yearly amount in euro, without thousands separators",
            "jaarlijks bedrag in euro, zonder duizendtalscheiding",
        ),
        "guide.col.relations.support": ("kind of support", "soort steun"),
        "guide.col.relations.via": (
            "id of the municipality or OCMW that brokered the cooperation",
            "id van de gemeente of het OCMW dat de samenwerking tot stand bracht",
        ),
        "guide.col.relations.since": ("first year the tie exists", "eerste jaar van de band"),
        "guide.col.relations.until": ("last year the tie exists", "laatste jaar van de band"),
        "guide.col.relations.provenance": ("where the row comes from", "waar de rij vandaan komt"),
        "guide.col.relations.note": ("free note", "vrije notitie"),
        "guide.col.relations.reported_by": (
            "respondents of a survey who reported the tie ('regienet survey collect')",
            "respondenten van een bevraging die de band meldden ('regienet survey collect')",
        ),
        # relation kinds
        "guide.rel.founded": (
            "founded on the government's impulse: makes it an own actor",
            "opgericht op impuls van het bestuur: maakt er een eigen actor van",
        ),
        "guide.rel.seat": (
            "holds a seat in the actor's governing body",
            "heeft een zetel in het bestuursorgaan van de actor",
        ),
        "guide.rel.client": ("buys its services", "koopt haar diensten"),
        "guide.rel.agreement": ("cooperation agreement", "samenwerkingsovereenkomst"),
        "guide.rel.funding": ("financial, material or staff support", "financiële, materiële of personele steun"),
        "guide.rel.referral": ("refers clients (art. 60§7)", "verwijst cliënten door (art. 60§7)"),
        "guide.rel.consulted": (
            "consulted when drafting policy plans",
            "geconsulteerd bij het opstellen van beleidsplannen",
        ),
        "guide.rel.informs": (
            "passes on policy plans, partners, information",
            "geeft beleidsplannen, partners en informatie door",
        ),
        "guide.rel.reports_to": (
            "reports on its part in the policy goals",
            "rapporteert over haar aandeel in de beleidsdoelen",
        ),
        "guide.rel.convenes": ("organises the forum", "organiseert het overleg"),
        "guide.rel.member": ("takes part in the forum", "neemt deel aan het overleg"),
        "guide.rel.cooperation": ("the actors work together", "de actoren werken samen"),
        "guide.rel.accounts_to": (
            "sends an account of the policy and its results",
            "legt verantwoording af over het beleid en de resultaten",
        ),
    }
)

MESSAGES.update(
    {
        "problem.unclosed_quote": (
            'a cell starting here runs over {lines} lines: a double quote (") is probably never closed.',
            'een cel die hier begint, loopt over {lines} regels: wellicht wordt een dubbel aanhalingsteken (") nooit gesloten.',
        ),
        "hint.unclosed_quote": (
            "Look for a \" at the start of this cell (near '{value}') and close it, or remove it.",
            "Zoek een \" aan het begin van deze cel (bij '{value}') en sluit het, of verwijder het.",
        ),
    }
)

MESSAGES.update(
    {
        # -------------------------------------------------------------- whatif
        "short.whatif": (
            "Levels and findings after adding or removing ties; the smallest plan to reach a level.",
            "Niveaus en bevindingen na het toevoegen of weghalen van banden; het kleinste plan om een niveau te halen.",
        ),
        "help.whatif": (
            "What if a municipality added or dropped ties? --add SOURCE TARGET KIND and --remove SOURCE TARGET KIND "
            "(both repeatable; actor ids as in actors.csv) change an in-memory copy of the data — checked like a data "
            "row: known ids, a known relation kind, ends the data contract allows — and the rules run again for the "
            "municipality: its levels before and after, and the findings resolved, new and changed (matched as diff "
            "matches them). A cooperation brokered by a government is written cooperation:via=ID. Removing drops every "
            "row with those ends and kind.\n\n"
            "--reach C=N (repeatable; C one of OV, BL, SA, VA, N 0-3) looks for the smallest set of at most "
            "--max-ties ties that lifts the levels to at least N, from the municipality's gap suggestions and its regie "
            "work (consulting or informing a non-own actor, reports back, accounts sent, cooperation between its "
            "actors via the municipality, joining a forum it convenes). The plan comes on top of any --add/--remove, "
            "and re-applying it with --add gives the same levels. Every plan is tried, smallest first, up to the size "
            "where there are 1,000 of them; larger ones are built greedily, one tie at a time. When no plan within "
            "--max-ties reaches the target, the best one found is shown with the levels it reaches. See 'regienet docs whatif'.\n\n"
            "JSON (version 1): version, data, municipality, changes [{op, source, target, kind}], levels {before, "
            "after}, level_details, findings {resolved, new, changed [{old, new}]}; with --reach also targets, plan "
            "[{source, target, kind, rule, why}], reached and search.\n\n"
            "CSV: the columns of diff (what, change, id, kind, detail), one row per change, per tie of the plan "
            "(after a row saying whether it reaches the target), per component (before → after) and per finding "
            "resolved, new or changed.\n\n"
            "Example:\n\n\b\n"
            "    regienet whatif -m zwevegem --add zwevegem waak informs\n"
            "    regienet whatif -m zwevegem --remove zwevegem proper_zwevegem consulted --lang nl\n"
            "    regienet whatif -m zwevegem --reach SA=2 --max-ties 3\n"
            "    regienet whatif -m zwevegem --reach SA=2 --format csv -o zwevegem-plan.csv",
            "Wat als een gemeente banden toevoegde of liet vallen? --add BRON DOEL SOORT en --remove BRON DOEL SOORT "
            "(beide herhaalbaar; actor-id's zoals in actors.csv) wijzigen een kopie van de gegevens in het geheugen — "
            "gecontroleerd zoals een gegevensrij: gekende id's, een gekende relatiesoort, uiteinden die het "
            "gegevenscontract toelaat — en de regels lopen opnieuw voor de gemeente: haar niveaus voor en na, en de "
            "bevindingen die opgelost, nieuw en gewijzigd zijn (gekoppeld zoals diff dat doet). Een samenwerking met "
            "bemiddeling van een bestuur schrijft u cooperation:via=ID. Weghalen verwijdert elke rij met die uiteinden "
            "en soort.\n\n"
            "--reach C=N (herhaalbaar; C een van OV, BL, SA, VA, N 0-3) zoekt het kleinste geheel van hoogstens "
            "--max-ties banden dat de niveaus tot minstens N brengt, uit de suggesties voor de gemeente en haar "
            "regiewerk (een actor die geen eigen actor is betrekken of informeren, rapportering, verantwoording, "
            "samenwerking tussen haar actoren via de gemeente, deelname aan een overleg dat ze organiseert). Het plan "
            "komt bovenop --add/--remove, en het opnieuw toepassen met --add geeft dezelfde niveaus. Elk plan wordt "
            "geprobeerd, het kleinste eerst, tot de grootte waarbij het er 1.000 zijn; grotere worden band per band "
            "opgebouwd. Haalt geen plan binnen --max-ties het doel, dan volgt het beste gevonden plan met de niveaus die het "
            "haalt. Zie 'regienet docs whatif'.\n\n"
            "JSON (versie 1): version, data, municipality, changes [{op, source, target, kind}], levels {before, "
            "after}, level_details, findings {resolved, new, changed [{old, new}]}; met --reach ook targets, plan "
            "[{source, target, kind, rule, why}], reached en search.\n\n"
            "CSV: de kolommen van diff (what, change, id, kind, detail), een rij per wijziging, per band van het plan "
            "(na een rij die zegt of het het doel haalt), per component (voor → na) en per bevinding die opgelost, "
            "nieuw of gewijzigd is.\n\n"
            "Voorbeeld:\n\n\b\n"
            "    regienet whatif -m zwevegem --add zwevegem waak informs\n"
            "    regienet whatif -m zwevegem --remove zwevegem proper_zwevegem consulted --lang nl\n"
            "    regienet whatif -m zwevegem --reach SA=2 --max-ties 3\n"
            "    regienet whatif -m zwevegem --reach SA=2 --format csv -o zwevegem-plan.csv",
        ),
        "opt.add": ("Add a tie: SOURCE TARGET KIND (repeatable).", "Voeg een band toe: BRON DOEL SOORT (herhaalbaar)."),
        "opt.remove": (
            "Remove a tie: SOURCE TARGET KIND (repeatable).",
            "Haal een band weg: BRON DOEL SOORT (herhaalbaar).",
        ),
        "opt.reach": (
            "Target level C=N, e.g. SA=2 (repeatable): find the smallest plan that reaches it.",
            "Doelniveau C=N, bv. SA=2 (herhaalbaar): zoek het kleinste plan dat het haalt.",
        ),
        "opt.max_ties": ("Largest plan for --reach, in ties.", "Grootste plan voor --reach, in banden."),
        "whatif.usage": (
            "say what to change (--add SOURCE TARGET KIND, --remove SOURCE TARGET KIND) or what to reach (--reach SA=2).",
            "zeg wat er verandert (--add BRON DOEL SOORT, --remove BRON DOEL SOORT) of wat u wilt halen (--reach SA=2).",
        ),
        "whatif.bad_reach": (
            "'{value}' is not a target: write C=N with C one of OV, BL, SA, VA and N a level 0-3, e.g. --reach SA=2.",
            "'{value}' is geen doel: schrijf C=N met C een van OV, BL, SA, VA en N een niveau 0-3, bv. --reach SA=2.",
        ),
        "whatif.bad_extra": (
            "'{value}' is not a relation kind: write KIND, or KIND:{allowed} (e.g. cooperation:via=zwevegem).",
            "'{value}' is geen relatiesoort: schrijf SOORT, of SOORT:{allowed} (bv. cooperation:via=zwevegem).",
        ),
        "whatif.unknown_actor": (
            "unknown actor '{value}' in {where}. Use an id from the id column of actors.csv.",
            "onbekende actor '{value}' in {where}. Gebruik een id uit de kolom id van actors.csv.",
        ),
        "whatif.unknown_actor_near": (
            "unknown actor '{value}' in {where}. Did you mean: {closest}? Use an id from the id column of actors.csv.",
            "onbekende actor '{value}' in {where}. Bedoelde u: {closest}? Gebruik een id uit de kolom id van actors.csv.",
        ),
        "whatif.unknown_kind": (
            "unknown relation kind '{value}' in {where}. Known kinds: {allowed}.",
            "onbekende relatiesoort '{value}' in {where}. Gekende soorten: {allowed}.",
        ),
        "whatif.unknown_kind_near": (
            "unknown relation kind '{value}' in {where}. Did you mean '{suggestion}'? Known kinds: {allowed}.",
            "onbekende relatiesoort '{value}' in {where}. Bedoelde u '{suggestion}'? Gekende soorten: {allowed}.",
        ),
        "whatif.self_loop": (
            "'{value}' is both source and target in {where}: a tie needs two different actors.",
            "'{value}' is zowel bron als doel in {where}: een band verbindt twee verschillende actoren.",
        ),
        "whatif.wrong_direction": (
            "{where}: a tie of kind '{kind}' goes from {sources} to {targets}, but '{source}' is of kind {source_kind} and "
            "'{target}' of kind {target_kind}. Choose other ends or another kind ('regienet docs data-format').",
            "{where}: een band van soort '{kind}' gaat van {sources} naar {targets}, maar '{source}' is van soort {source_kind} en "
            "'{target}' van soort {target_kind}. Kies andere uiteinden of een andere soort ('regienet docs data-format').",
        ),
        "whatif.wrong_direction_swap": (
            "{where}: a tie of kind '{kind}' goes from {sources} to {targets}, but '{source}' is of kind {source_kind} and "
            "'{target}' of kind {target_kind}. Swap them: {target} {source} {kind}.",
            "{where}: een band van soort '{kind}' gaat van {sources} naar {targets}, maar '{source}' is van soort {source_kind} en "
            "'{target}' van soort {target_kind}. Draai ze om: {target} {source} {kind}.",
        ),
        "whatif.via_only_cooperation": (
            "via={value} in {where}: only a cooperation tie can be brokered via a government.",
            "via={value} in {where}: enkel een samenwerking kan via een bestuur tot stand komen.",
        ),
        "whatif.via_not_government": (
            "via={value} in {where}: the broker must be a municipality or OCMW.",
            "via={value} in {where}: de bemiddelaar moet een gemeente of OCMW zijn.",
        ),
        "whatif.no_such_tie": (
            "{where}: there is no '{kind}' tie from '{source}' to '{target}' to remove. See the relations in "
            "relations.csv (or regienet export), or --add it instead.",
            "{where}: er is geen band '{kind}' van '{source}' naar '{target}' om weg te halen. Zie de relaties in "
            "relations.csv (of regienet export), of gebruik --add.",
        ),
        "whatif.why_rule": ("It addresses {rule}: {title}.", "Dit pakt {rule} aan: {title}."),
        "whatif.why_none": (
            "It moves no rule on its own, only together with the other ties.",
            "Op zichzelf verandert dit geen regel, enkel samen met de andere banden.",
        ),
        "whatif.title": ("{name} — what if", "{name} — wat als"),
        "whatif.changes": ("Changes", "Wijzigingen"),
        "whatif.no_changes": ("(no changes: only a plan)", "(geen wijzigingen: enkel een plan)"),
        "whatif.levels": ("Levels", "Niveaus"),
        "whatif.before": ("before", "voor"),
        "whatif.after": ("after", "na"),
        "whatif.plan_title": (
            "Plan to reach {targets} with at most {k} {k|tie|ties}",
            "Plan om {targets} te halen met hoogstens {k} {k|band|banden}",
        ),
        "whatif.plan_empty": (
            "No tie is needed: the target is already reached.",
            "Er is geen band nodig: het doel is al gehaald.",
        ),
        "whatif.plan_none": (
            "No candidate tie brings the target closer.",
            "Geen enkele kandidaat-band brengt het doel dichterbij.",
        ),
        "whatif.reached": (
            "Reaches the target with {n} {n|tie|ties}.",
            "Haalt het doel met {n} {n|band|banden}.",
        ),
        "whatif.not_reached": (
            "No plan of at most {k} {k|tie|ties} reaches the target; the best one found reaches {levels}.",
            "Geen plan van hoogstens {k} {k|band|banden} haalt het doel; het beste gevonden plan haalt {levels}.",
        ),
        "whatif.search_exact": (
            "Every combination of the {n} candidate ties that change something was tried, smallest first ({runs} "
            "rule runs): no smaller plan does better.",
            "Elke combinatie van de {n} kandidaat-banden die iets veranderen werd geprobeerd, de kleinste eerst "
            "({runs} keer de regels): geen kleiner plan doet beter.",
        ),
        "whatif.search_greedy": (
            "Every plan of up to {d} {d|tie|ties} from the {n} candidate ties that change something was tried; larger "
            "plans were built one tie at a time, the one that helps most first ({runs} rule runs), so a smaller one "
            "may exist.",
            "Elk plan van hoogstens {d} {d|band|banden} uit de {n} kandidaat-banden die iets veranderen werd "
            "geprobeerd; grotere plannen werden band per band opgebouwd, de meest helpende eerst ({runs} keer de "
            "regels), dus een kleiner plan kan bestaan.",
        ),
        "whatif.search_greedy_only": (
            "Too many combinations of the {n} candidate ties that change something: the plan was built one tie at a "
            "time, the one that helps most first ({runs} rule runs); a smaller one may exist.",
            "Te veel combinaties van de {n} kandidaat-banden die iets veranderen: het plan werd band per band "
            "opgebouwd, de meest helpende eerst ({runs} keer de regels); een kleiner plan kan bestaan.",
        ),
        "whatif.try": ("To try it yourself:", "Zelf uitproberen:"),
        "whatif.col_tie": ("Tie", "Band"),
        "whatif.col_why": ("Why", "Waarom"),
        "whatif.col_change": ("Change", "Wijziging"),
        "whatif.op.add": ("add", "toevoegen"),
        "whatif.op.remove": ("remove", "weghalen"),
        "whatif.tie.founded": ("{source} founds {target}", "{source} richt {target} op"),
        "whatif.tie.seat": (
            "{source} takes a seat in the governing body of {target}",
            "{source} neemt zitting in het bestuursorgaan van {target}",
        ),
        "whatif.tie.client": ("{source} buys services from {target}", "{source} koopt diensten bij {target}"),
        "whatif.tie.agreement": (
            "{source} and {target} sign a cooperation agreement",
            "{source} en {target} sluiten een samenwerkingsovereenkomst",
        ),
        "whatif.tie.funding": ("{source} funds {target}", "{source} financiert {target}"),
        "whatif.tie.referral": ("{source} refers clients to {target}", "{source} verwijst cliënten door naar {target}"),
        "whatif.tie.consulted": (
            "{source} consults {target} on the policy plans",
            "{source} betrekt {target} bij de beleidsplannen",
        ),
        "whatif.tie.informs": ("{source} informs {target}", "{source} informeert {target}"),
        "whatif.tie.reports_to": ("{source} reports to {target}", "{source} rapporteert aan {target}"),
        "whatif.tie.convenes": ("{source} convenes {target}", "{source} organiseert {target}"),
        "whatif.tie.member": ("{source} joins {target}", "{source} wordt lid van {target}"),
        "whatif.tie.cooperation": ("{source} and {target} work together", "{source} en {target} werken samen"),
        "whatif.tie.cooperation_via": (
            "{source} and {target} work together, brought together by {via}",
            "{source} en {target} werken samen, samengebracht door {via}",
        ),
        "whatif.tie.accounts_to": (
            "{source} accounts to {target} for the policy",
            "{source} legt verantwoording af aan {target} over het beleid",
        ),
        "whatif.removed": ("no longer: {tie}", "niet langer: {tie}"),
    }
)

#: Recommended tags for the ``activities`` and ``target_groups`` list columns, with how
#: they read in prose. Any other tag is allowed and shown as written (it is the region's
#: own word); these are the ones the bundled data, ``regienet synth`` and the templates use.
TAGS: dict[str, dict[str, tuple[str, str]]] = {
    "activities": {
        "advice": ("advice", "advies"),
        "assembly": ("assembly work", "assemblagewerk"),
        "bicycle_repair": ("bicycle repair", "fietsherstel"),
        "catering": ("catering", "catering"),
        "childcare": ("childcare", "kinderopvang"),
        "cleaning": ("cleaning", "schoonmaak"),
        "construction": ("construction", "bouw"),
        "energy": ("energy saving", "energiebesparing"),
        "green": ("green maintenance", "groenonderhoud"),
        "home_care": ("home help", "thuishulp"),
        "job_mediation": ("job mediation", "arbeidsbemiddeling"),
        "laundry": ("laundry and ironing", "was en strijk"),
        "litter": ("litter picking", "zwerfvuilopruiming"),
        "logistics": ("logistics", "logistiek"),
        "mobility": ("mobility services", "mobiliteitsdiensten"),
        "networking": ("networking", "netwerking"),
        "packaging": ("packaging", "verpakking"),
        "printing": ("printing", "drukwerk"),
        "public_works": ("public works", "openbare werken"),
        "regional_consultation": ("regional consultation", "regionaal overleg"),
        "regional_development": ("regional development", "streekontwikkeling"),
        "reuse": ("reuse", "kringloop"),
        "se_support": ("social-economy support", "ondersteuning sociale economie"),
        "social_policy_support": ("social-policy support", "ondersteuning sociaal beleid"),
        "textile": ("textiles", "textiel"),
        "tiles": ("tiling", "tegelwerk"),
        "training": ("training", "opleiding"),
    },
    "target_groups": {
        "disabled": ("people with a work disability", "personen met een arbeidshandicap"),
        "ex_offenders": ("ex-offenders", "ex-gedetineerden"),
        "jobseekers": ("jobseekers", "werkzoekenden"),
        "long_term_unemployed": ("long-term unemployed", "langdurig werklozen"),
        "low_skilled": ("low-skilled people", "laaggeschoolden"),
        "migrants": ("newcomers and migrants", "nieuwkomers en migranten"),
        "ocmw_clients": ("OCMW clients", "OCMW-cliënten"),
        "older_jobseekers": ("older jobseekers", "oudere werkzoekenden"),
        "youth": ("young people", "jongeren"),
    },
}
MESSAGES.update({f"tag.{tag}": words for column in TAGS.values() for tag, words in column.items()})

# ---------------------------------------------------------------- governance mode and policy brokerage (issue items 4-6)
MESSAGES.update(
    {
        "governance.title": ("Governance", "Netwerksturing"),
        "col.governance": ("Mode", "Vorm"),
        # short words (region table) and names
        "governance.short.shared": ("shared", "gedeeld"),
        "governance.short.lead_government": ("lead gov.", "bestuur leidt"),
        "governance.short.lead_own_actor": ("lead own", "eigen actor leidt"),
        "governance.short.nao": ("NAO", "NAO"),
        "governance.short.none": ("none", "geen"),
        "governance.name.shared": ("shared governance", "gedeelde sturing"),
        "governance.name.lead_government": (
            "lead organisation: the local government",
            "leidende organisatie: het lokaal bestuur",
        ),
        "governance.name.lead_own_actor": ("lead organisation: the own actor", "leidende organisatie: de eigen actor"),
        "governance.name.nao": (
            "network administrative organisation (NAO)",
            "netwerkadministratieve organisatie (NAO)",
        ),
        "governance.name.none": ("no network to govern", "geen netwerk om te sturen"),
        "governance.about.shared": (
            "The actors coordinate among themselves; no single actor holds the network together.",
            "De actoren stemmen onderling af; geen enkele actor houdt het netwerk alleen samen.",
        ),
        "governance.about.lead_government": (
            "The municipality or OCMW is the hub: most of the ties that govern the network (consulting, informing, reports, a forum, a brokered cooperation, a seat by mandate) run through it.",
            "De gemeente of het OCMW is de spil: de meeste banden die het netwerk sturen (consultatie, informatie, rapportering, een overleg, een bemiddelde samenwerking, een mandaat) lopen via het bestuur.",
        ),
        "governance.about.lead_own_actor": (
            "The own actor is the hub of cooperation: the other actors find each other through it.",
            "De eigen actor is de spil van de samenwerking: de andere actoren vinden elkaar via die actor.",
        ),
        "governance.about.nao": (
            "A separate support organisation, funded or contracted by a local government, coordinates the actors.",
            "Een aparte ondersteunende organisatie, gefinancierd of gecontracteerd door een lokaal bestuur, coördineert de actoren.",
        ),
        "governance.about.none": (
            "There is no network to govern: too few actors are tied, or they form loose pieces that nothing holds together.",
            "Er is geen netwerk om te sturen: te weinig actoren zijn verbonden, of ze vormen losse stukken die niets samenhoudt.",
        ),
        "governance.mode_line": ("Governance mode: {name} — {about}", "Vorm van netwerksturing: {name} — {about}"),
        # why: one sentence per step of the decision procedure
        "governance.step.none_few": (
            "{n|Only one actor is|Only {n} actors are|Not a single actor is} tied to the governments or to another actor (fewer than {min}).",
            "{n|Slechts één actor heeft|Slechts {n} actoren hebben|Geen enkele actor heeft} een band met de besturen of met een andere actor (minder dan {min}).",
        ),
        "governance.step.none_dyadic": (
            "No network governance: the governments only make dyadic deals (buying, funding) with actors and none of the ties that govern a network.",
            "Geen netwerksturing: de besturen sluiten met de actoren enkel tweezijdige deals (inkopen, financieren), zonder banden die een netwerk sturen.",
        ),
        "governance.step.split": (
            "{hub} holds the network together: {cut} of the actor pairs that reach each other do so only through it (threshold {split}).",
            "{hub} houdt het netwerk samen: {cut} van de actorparen die elkaar bereiken, doet dat enkel via {hub} (drempel {split}).",
        ),
        "governance.step.central": (
            "No single removal splits the network, but it is centred on {hub} (betweenness centralisation {c}, threshold {min}).",
            "Geen enkele actor wegnemen splitst het netwerk, maar het is gecentreerd rond {hub} (centralisatie naar tussenpositie {c}, drempel {min}).",
        ),
        "governance.step.shared": (
            "No government, own actor or funded support organisation holds the network together, and the actors are tied among themselves (density {d}, threshold {min}).",
            "Geen bestuur, eigen actor of gefinancierde ondersteunende organisatie houdt het netwerk samen, en de actoren zijn onderling verbonden (dichtheid {d}, drempel {min}).",
        ),
        "governance.step.none_loose": (
            "No hub holds the actors together and they are barely tied among themselves (density {d}, below {min}).",
            "Geen spil houdt de actoren samen en ze zijn onderling nauwelijks verbonden (dichtheid {d}, onder {min}).",
        ),
        "governance.evidence": (
            "In the local network — the ties by which the governments govern (consulting, informing, reports, a forum, a brokered cooperation, a mandate) and only the couplings that are this municipality's work; {participants} — without the governments {gov} of the connected actor pairs lose each other; without the own actor {own}; without the funded support organisation {nao}. Centralisation by degree {dc}, by betweenness {bc}; density among the participants {d}.",
            "In het lokale netwerk — de banden waarmee de besturen sturen (consultatie, informatie, rapportering, een overleg, een bemiddelde samenwerking, een mandaat) en enkel de koppelingen die het werk van deze gemeente zijn; {participants} — verliest zonder de besturen {gov} van de verbonden actorparen elkaar; zonder de eigen actor {own}; zonder de gefinancierde ondersteunende organisatie {nao}. Centralisatie naar aantal banden {dc}, naar tussenpositie {bc}; dichtheid tussen de deelnemers {d}.",
        ),
        "governance.context": ("Fit (Provan & Kenis 2008):", "Past de vorm? (Provan & Kenis 2008):"),
        # contingency check (Provan & Kenis 2008, Table 2)
        "governance.fit.size_ok": (
            "this form fits a network of this size ({n} participants).",
            "deze vorm past bij een netwerk van deze omvang ({n} deelnemers).",
        ),
        "governance.fit.size_shared_many": (
            "shared governance works best with few participants (up to {few}); with {n} it becomes slow — a lead organisation or NAO fits better.",
            "gedeelde sturing werkt het best met weinig deelnemers (tot {few}); met {n} wordt ze traag — een leidende organisatie of NAO past beter.",
        ),
        "governance.fit.size_lead_many": (
            "with {n} participants (more than {many}) a lead organisation is easily overloaded; an NAO fits a network this large.",
            "met {n} deelnemers (meer dan {many}) raakt een leidende organisatie snel overbelast; een NAO past bij een netwerk van deze omvang.",
        ),
        "governance.fit.size_nao_few": (
            "an NAO is a lot of structure for {n} participants (up to {few} is few); a lead organisation or shared form would do.",
            "een NAO is veel structuur voor {n} deelnemers (tot {few} is weinig); een leidende organisatie of gedeelde vorm volstaat.",
        ),
        "governance.fit.trust_ok": (
            "the actors are tied densely enough for it (density {d}).",
            "de actoren zijn er dicht genoeg voor verbonden (dichtheid {d}).",
        ),
        "governance.fit.trust_shared_low": (
            "a shared form usually needs more density (trust): {d} here, {high} or more expected.",
            "een gedeelde vorm vraagt meestal meer dichtheid (vertrouwen): hier {d}, verwacht {high} of meer.",
        ),
        "governance.fit.trust_lead": (
            "a lead organisation copes with thin trust among the actors (density {d}).",
            "een leidende organisatie kan om met weinig vertrouwen tussen de actoren (dichtheid {d}).",
        ),
        "governance.fit.trust_lead_high": (
            "the actors are densely tied ({d}): they might share the governance instead of leaning on one hub.",
            "de actoren zijn dicht verbonden ({d}): ze zouden de sturing kunnen delen in plaats van op één spil te steunen.",
        ),
        "governance.fit.trust_nao_low": (
            "an NAO needs members tied enough to watch over it; density {d} is below {moderate}.",
            "een NAO vraagt leden die genoeg verbonden zijn om haar op te volgen; dichtheid {d} ligt onder {moderate}.",
        ),
        "governance.fit.consensus_ok": (
            "goal consensus ({c} of the actor pairs share an activity or target group) is no obstacle.",
            "doelconsensus ({c} van de actorparen deelt een activiteit of doelgroep) is geen hinderpaal.",
        ),
        "governance.fit.consensus_unknown": (
            "goal consensus is unknown: too few actors have activities or target groups filled in.",
            "doelconsensus is onbekend: te weinig actoren hebben activiteiten of doelgroepen ingevuld.",
        ),
        "governance.fit.consensus_shared_low": (
            "shared governance needs high goal consensus, but only {c} of the actor pairs share an activity or target group (expected {high}).",
            "gedeelde sturing vraagt een hoge doelconsensus, maar slechts {c} van de actorparen deelt een activiteit of doelgroep (verwacht {high}).",
        ),
        "governance.fit.consensus_nao_low": (
            "an NAO works with moderately high goal consensus; only {c} of the actor pairs share an activity or target group (expected {moderate}).",
            "een NAO werkt met een vrij hoge doelconsensus; slechts {c} van de actorparen deelt een activiteit of doelgroep (verwacht {moderate}).",
        ),
        "governance.fit.competencies_ok": (
            "the need for network-level competencies ({k} different activities) suits it.",
            "de nood aan competenties op netwerkniveau ({k} verschillende activiteiten) past erbij.",
        ),
        "governance.fit.competencies_shared_high": (
            "{k} different activities ask for network-level competencies that a shared form rarely has (from {high}).",
            "{k} verschillende activiteiten vragen competenties op netwerkniveau die een gedeelde vorm zelden heeft (vanaf {high}).",
        ),
        "governance.fit.competencies_lead_high": (
            "{k} different activities ask for network-level competencies (from {high}): the lead needs staff for the network, or an NAO.",
            "{k} verschillende activiteiten vragen competenties op netwerkniveau (vanaf {high}): de trekker heeft personeel voor het netwerk nodig, of een NAO.",
        ),
        "governance.fit.competencies_nao_low": (
            "with {k} different activities (fewer than {high}) the task may be too simple to need an NAO.",
            "met {k} verschillende activiteiten (minder dan {high}) is de taak misschien te eenvoudig voor een NAO.",
        ),
        "governance.note.nao_not_funded": (
            "{hub} is funded or contracted by other local governments, not by this one: the network here is steered by an organisation the municipality does not pay for.",
            "{hub} wordt gefinancierd of gecontracteerd door andere lokale besturen, niet door dit bestuur: het netwerk wordt hier gestuurd door een organisatie waar de gemeente niet voor betaalt.",
        ),
        "governance.note.other_hub": (
            "{hub} holds {cut} of the connected actor pairs together, yet is neither a government, an own actor nor a support organisation a government funds: a lead outside the local government's steering.",
            "{hub} houdt {cut} van de verbonden actorparen samen, maar is geen bestuur, eigen actor of door een bestuur gefinancierde ondersteunende organisatie: een trekker buiten de sturing van het lokaal bestuur.",
        ),
        # directed brokerage on the policy layer
        "governance.brokers": (
            "Brokers on the policy layer (informs, consulted, reports to, accounts to — in their direction):",
            "Makelaars in de beleidslaag (informeert, geconsulteerd, rapporteert aan, legt verantwoording af aan — in hun richting):",
        ),
        "governance.brokers_none": (
            "Nobody brokers on the policy layer: no open two-step path such as actor → government → other actor.",
            "Niemand is makelaar in de beleidslaag: geen open tweestapspad zoals actor → bestuur → andere actor.",
        ),
        "governance.broker": (
            "{role}: {name} ({n} {n|path|paths}) — {meaning}",
            "{role}: {name} ({n} {n|pad|paden}) — {meaning}",
        ),
        "brokerage.meaning.coordinator": (
            "passes policy on within its own group; a high count means that group talks through it.",
            "geeft beleid door binnen de eigen groep; een hoog aantal betekent dat die groep via deze actor praat.",
        ),
        "brokerage.meaning.itinerant": (
            "the go-between for actors of one kind that have no direct line (e.g. what one local actor reports reaches another local actor through it); a high count means they hear of each other only through it.",
            "de tussenpersoon voor actoren van één soort zonder rechtstreekse lijn (bv. wat een lokale actor rapporteert, bereikt een andere lokale actor via deze); een hoog aantal betekent dat ze enkel zo van elkaar horen.",
        ),
        "brokerage.meaning.representative": (
            "speaks for its group to outsiders (e.g. the OCMW passes the municipality's policy on to actors); a high count means the local government's line reaches the actors through this one voice.",
            "spreekt namens de eigen groep naar buiten (bv. het OCMW geeft het beleid van de gemeente door aan actoren); een hoog aantal betekent dat de lijn van het lokaal bestuur de actoren via deze ene stem bereikt.",
        ),
        "brokerage.meaning.gatekeeper": (
            "lets outsiders in to its group (e.g. actors reach the municipality only through the OCMW); a high count means it decides what reaches its group.",
            "laat buitenstaanders binnen in de eigen groep (bv. actoren bereiken de gemeente enkel via het OCMW); een hoog aantal betekent dat deze bepaalt wat de groep bereikt.",
        ),
        "brokerage.meaning.liaison": (
            "links groups it does not belong to (e.g. the municipality passes on to local actors what a regional actor reports); a high count means the regie across the groups runs through it.",
            "verbindt groepen waar het zelf niet toe behoort (bv. de gemeente geeft aan lokale actoren door wat een regionale actor rapporteert); een hoog aantal betekent dat de regie over de groepen heen via deze loopt.",
        ),
        # explain governance
        "governance.explain.title": (
            "Governance mode (Provan & Kenis 2008)",
            "Vorm van netwerksturing (Provan & Kenis 2008)",
        ),
        "governance.explain.intro": (
            "Each municipality's actor network gets a governance mode after Provan & Kenis (2008, 'Modes of network governance', JPART 18(2):229–252), computed from its one-mode network (actors, their couplings and their ties to the governments; municipality and OCMW count as one node, the local government). The cut of a node is the share of the connected actor pairs that reach each other only through it.",
            "Elk actorennetwerk van een gemeente krijgt een vorm van netwerksturing naar Provan & Kenis (2008, 'Modes of network governance', JPART 18(2):229–252), berekend op het netwerk van de actoren onderling (actoren, hun onderlinge koppelingen en hun banden met de besturen; gemeente en OCMW tellen als één knoop, het lokaal bestuur). De snede van een knoop is het aandeel van de verbonden actorparen dat elkaar enkel via die knoop bereikt.",
        ),
        "governance.explain.modes": ("Modes", "Vormen"),
        "governance.explain.procedure": (
            "Decision procedure (the first step that applies)",
            "Beslisprocedure (de eerste stap die van toepassing is)",
        ),
        "governance.explain.steps": (
            "1. none — fewer than min_participants actors are tied to the governments or coupled to another actor.\n"
            "2. A hub holds the network together: of the candidates — the local government, each own actor, each support organisation a local government funds or contracts (funding, agreement, client) — the one with the largest cut (ties: betweenness, then government, own actor, support organisation) has cut ≥ split_min → lead_government, lead_own_actor or nao.\n"
            "3. No removal splits it, but betweenness centralisation ≥ centralisation_min and the most central node is a candidate → that candidate's mode.\n"
            "4. shared — density among the participating actors ≥ shared_density_min.\n"
            "5. none — loose pieces that neither a hub nor mutual ties hold together.\n"
            "Then the contingency check of Provan & Kenis (Table 2): number of participants (shared: few; lead organisation: moderate; NAO: moderate to many), trust as density among the actors (shared: high; lead: low; NAO: moderate), goal consensus as the share of actor pairs with an activity or target group in common (shared: high; lead: moderately low; NAO: moderately high), and the need for network-level competencies as the number of different activities (shared: low; lead: moderate; NAO: high).",
            "1. geen — minder dan min_participants actoren hebben een band met de besturen of met een andere actor.\n"
            "2. Een spil houdt het netwerk samen: van de kandidaten — het lokaal bestuur, elke eigen actor, elke ondersteunende organisatie die een lokaal bestuur financiert of contracteert (financiering, overeenkomst, klant) — heeft die met de grootste snede (gelijke stand: de hoogste tussenpositie, dan bestuur, eigen actor, ondersteunende organisatie) een snede ≥ split_min → bestuur leidt, eigen actor leidt of NAO.\n"
            "3. Geen enkele actor wegnemen splitst het, maar de centralisatie naar tussenpositie ≥ centralisation_min en de meest centrale knoop is een kandidaat → de vorm van die kandidaat.\n"
            "4. gedeeld — dichtheid tussen de deelnemende actoren ≥ shared_density_min.\n"
            "5. geen — losse stukken die noch een spil noch onderlinge banden samenhouden.\n"
            "Daarna de contingentietoets van Provan & Kenis (tabel 2): aantal deelnemers (gedeeld: weinig; leidende organisatie: matig; NAO: matig tot veel), vertrouwen als dichtheid tussen de actoren (gedeeld: hoog; leidend: laag; NAO: matig), doelconsensus als het aandeel actorparen met een gemeenschappelijke activiteit of doelgroep (gedeeld: hoog; leidend: vrij laag; NAO: vrij hoog), en de nood aan competenties op netwerkniveau als het aantal verschillende activiteiten (gedeeld: laag; leidend: matig; NAO: hoog).",
        ),
        "governance.explain.settings": ("Settings", "Instellingen"),
        "governance.explain.override": (
            "Override in regienet.toml (--config) or [tool.regienet] in a pyproject.toml beside the data: [governance] {name} = …",
            "Aan te passen in regienet.toml (--config) of [tool.regienet] in een pyproject.toml naast de gegevens: [governance] {name} = …",
        ),
        "governance.explain.brokerage": (
            "Brokerage on the policy layer: Gould–Fernandez roles on the directed relations informs, consulted, reports_to and accounts_to (direction as in the data), with groups government (municipality and OCMW), own actor, other local actor and regional actor.",
            "Makelaarschap in de beleidslaag: rollen van Gould en Fernandez op de gerichte relaties informeert, geconsulteerd, rapporteert aan en legt verantwoording af aan (richting zoals in de gegevens), met groepen bestuur (gemeente en OCMW), eigen actor, andere lokale actor en regionale actor.",
        ),
        "config.governance_order": (
            "{file}: [governance] {low} ({lv}) must not exceed {high} ({hv}).",
            "{file}: [governance] {low} ({lv}) mag niet groter zijn dan {high} ({hv}).",
        ),
    }
)

MESSAGES.update(
    {
        # ------------------------------------------------------- region (RG)
        "component.RG": ("the region as regisseur", "de regio als regisseur"),
        "check.region": (
            "Region ({n} municipalities) — regional rules (RG)",
            "Regio ({n} gemeenten) — regionale regels (RG)",
        ),
        "check.region_none": ("No regional findings.", "Geen regionale bevindingen."),
        "check.region_label": ("Region", "Regio"),
        "region.body.none": ("governing body", "bestuursorgaan"),
        "short.region": (
            "The region as regisseur: regional actors' coverage, clusters for joint regie, brokers, RG findings.",
            "De regio als regisseur: dekking van regionale actoren, clusters voor gezamenlijke regie, makelaars, RG-bevindingen.",
        ),
        "help.region": (
            "Look at the region as a whole, as the regional platform does: every regional actor with the number of "
            "municipalities it works in and the number tied to it (coverage, per layer, and which municipalities "
            "miss it); clusters of municipalities that work with the same actors and sit in the same bodies, with "
            "the actors that bind them and the gaps a joint approach would close; the actors and municipalities "
            "that broker between municipalities and the bodies where governments meet; and the regional findings "
            "RG01-RG04. --format csv gives one row per regional actor; --format json everything ('regienet docs region').\n\n"
            "Example:\n\n    regienet region --lang nl --format markdown",
            "Bekijk de regio als geheel, zoals het regionale platform dat doet: elke regionale actor met het aantal "
            "gemeenten waar hij actief is en het aantal dat er een band mee heeft (dekking, per laag, en welke "
            "gemeenten hem missen); clusters van gemeenten die met dezelfde actoren werken en in dezelfde organen "
            "zetelen, met de actoren die ze binden en de lacunes die een gezamenlijke aanpak zou dichten; de "
            "actoren en gemeenten die tussen gemeenten bemiddelen en de organen waar besturen elkaar ontmoeten; en "
            "de regionale bevindingen RG01-RG04. --format csv geeft één rij per regionale actor; --format json "
            "alles ('regienet docs region').\n\n"
            "Voorbeeld:\n\n    regienet region --lang nl --format markdown",
        ),
        "region.title": ("The region as regisseur — {n} municipalities", "De regio als regisseur — {n} gemeenten"),
        "region.headline": (
            "{n} regional {n|actor|actors} (median coverage {median}; {low} tied to fewer than half of the "
            "municipalities {low|it works|they work} in), {clusters} {clusters|cluster|clusters} for joint regie, "
            "{findings} regional {findings|finding|findings}.",
            "{n} regionale {n|actor|actoren} (mediane dekking {median}; {low} met een band met minder dan de helft "
            "van de gemeenten waar {low|hij|ze} actief {low|is|zijn}), {clusters} {clusters|cluster|clusters} voor "
            "gezamenlijke regie, {findings} regionale {findings|bevinding|bevindingen}.",
        ),
        "region.actors_title": ("Regional actors, lowest coverage first", "Regionale actoren, laagste dekking eerst"),
        "region.col.actor": ("Actor", "Actor"),
        "region.col.works_in": ("Works in", "Actief in"),
        "region.col.coverage": ("Coverage", "Dekking"),
        "region.col.missing": ("No tie in", "Geen band in"),
        "region.legend": (
            "Works in: municipalities; Tied: of those, the ones whose municipality or OCMW has a tie with the actor "
            "(per layer in the next columns); Coverage = Tied / Works in.",
            "Actief in: gemeenten; Verbonden: daarvan de gemeenten waarvan de gemeente of het OCMW een band heeft "
            "met de actor (per laag in de volgende kolommen); Dekking = Verbonden / Actief in.",
        ),
        "region.more_rows": (
            "… and {n} more regional {n|actor|actors} (all of them: --format csv or json).",
            "… en nog {n} regionale {n|actor|actoren} (allemaal: --format csv of json).",
        ),
        "region.no_actors": ("No regional actor.", "Geen regionale actor."),
        "region.n_more": ("{n} more", "nog {n}"),
        "region.clusters_title": ("Clusters for joint regie", "Clusters voor gezamenlijke regie"),
        "region.clusters_intro": (
            "Municipalities that work with the same actors and sit in the same bodies (communities of the "
            "municipality projection; see 'regienet docs region').",
            "Gemeenten die met dezelfde actoren werken en in dezelfde organen zetelen (gemeenschappen in de "
            "projectie op gemeenten; zie 'regienet docs region').",
        ),
        "region.cluster_members": (
            "{names} ({n} {n|municipality|municipalities})",
            "{names} ({n} {n|gemeente|gemeenten})",
        ),
        "region.of": ("{name} ({k} of {n})", "{name} ({k} van {n})"),
        "region.cluster_binding": ("bound by: {actors}", "verbonden door: {actors}"),
        "region.cluster_alone": (
            "shares no actor with another municipality",
            "deelt geen actor met een andere gemeente",
        ),
        "region.cluster_gaps": ("a joint approach would close: {gaps}", "een gezamenlijke aanpak zou dichten: {gaps}"),
        "region.gap": ("{actor} in {where}", "{actor} in {where}"),
        "region.more_clusters": (
            "… and {n} more {n|cluster|clusters} (--format json lists them all).",
            "… en nog {n} {n|cluster|clusters} (--format json toont ze allemaal).",
        ),
        "region.hubs": (
            "Left out of the clustering, tied to more than {limit} municipalities: {names}.",
            "Buiten de clustering gelaten, met een band met meer dan {limit} gemeenten: {names}.",
        ),
        "region.brokers_title": ("Brokers between municipalities", "Makelaars tussen gemeenten"),
        "region.broker_actor": (
            "{name} links {n} {n|municipality|municipalities}",
            "{name} verbindt {n} {n|gemeente|gemeenten}",
        ),
        "region.broker_body": (
            "{g} {g|government meets|governments meet} in its {body}",
            "{g} {g|bestuur zetelt|besturen zetelen} in zijn {body}",
        ),
        "region.broker_municipality": (
            "{name} shares {n} {n|actor|actors} with other municipalities",
            "{name} deelt {n} {n|actor|actoren} met andere gemeenten",
        ),
        "region.broker_score": ("(betweenness {score})", "(tussenpositie {score})"),
        "region.no_brokers": (
            "No actor links two or more municipalities.",
            "Geen actor verbindt twee of meer gemeenten.",
        ),
        "region.bodies_title": ("Bodies where municipalities meet", "Organen waar gemeenten elkaar ontmoeten"),
        "region.body_line": (
            "{body} of {name}: {g} {g|government|governments} of {n} {n|municipality|municipalities}",
            "{body} van {name}: {g} {g|bestuur|besturen} van {n} {n|gemeente|gemeenten}",
        ),
        "region.no_bodies": (
            "No body where governments of two or more municipalities sit.",
            "Geen orgaan waarin besturen van twee of meer gemeenten zetelen.",
        ),
        "region.findings_title": ("Regional findings (RG)", "Regionale bevindingen (RG)"),
        "region.hint": (
            "Why a rule fires: regienet explain RG01 · per municipality: regienet check --select SA04",
            "Waarom een regel afgaat: regienet explain RG01 · per gemeente: regienet check --select SA04",
        ),
        # report's regional block
        "report.regional_title": ("The region as a whole (regienet region)", "De regio als geheel (regienet region)"),
        "report.regional_actors": (
            "{n} regional {n|actor|actors}; lowest coverage: {lowest}.",
            "{n} regionale {n|actor|actoren}; laagste dekking: {lowest}.",
        ),
        "report.regional_clusters": (
            "{n} {n|cluster|clusters} of municipalities for joint regie (the largest has {largest}).",
            "{n} {n|cluster|clusters} van gemeenten voor gezamenlijke regie (de grootste telt er {largest}).",
        ),
        "report.regional_rule": ("{what} ({code}: {n}×).", "{what} ({code}: {n}×)."),
        "report.regional_none": ("No regional findings.", "Geen regionale bevindingen."),
        "progress.region": ("Looking at the region", "De regio bekijken"),
    }
)

# ---------------------------------------------------------------------- survey (issue 14)
MESSAGES.update(
    {
        "short.survey": (
            "Questionnaire workbooks per respondent; their answers merged into a new data folder.",
            "Vragenlijsten (werkmappen) per respondent; hun antwoorden samengevoegd in een nieuwe gegevensmap.",
        ),
        "help.survey": (
            "A follow-up survey in two steps. 'survey make' writes one Excel workbook per municipality, OCMW "
            "and actor (self-report, pre-filled only with what is on record) or, with --method interview, an "
            "interview guide per government as well; 'survey collect' reads the returned workbooks and "
            "writes a new data folder with the answers (the data folder itself is never changed). The whole "
            "cycle, step by step: docs/survey.md.\n\n"
            "Example:\n\n    regienet survey make --data my-region -o survey-2014 --year 2014",
            "Een vervolgbevraging in twee stappen. 'survey make' schrijft één Excel-werkmap per gemeente, OCMW "
            "en actor (zelfrapportering, alleen vooraf ingevuld met wat gekend is) of, met --method interview, "
            "ook een interviewleidraad per bestuur; 'survey collect' leest de teruggestuurde "
            "werkmappen en schrijft een nieuwe gegevensmap met de antwoorden (de gegevensmap zelf blijft "
            "ongewijzigd). De hele cyclus, stap voor stap: docs/survey.md.\n\n"
            "Voorbeeld:\n\n    regienet survey make --data mijn-regio -o bevraging-2014 --year 2014",
        ),
        "help.survey.make": (
            "Write OUT/<respondent id>.xlsx for every respondent and OUT/README.txt for the person who sends "
            "them out, and OUT/survey.key, the signing key (keep it, do not send it). Governments "
            "(municipality, OCMW) get every item of Bijlage 2 (0.1-4.2.1, numbered, worded as in 2010), its "
            "figures and today's questions; actors their activities, target groups and jobs; everyone a sheet "
            "of ties: one row per actor, forum or government they could have ties with, one column per kind of "
            "tie they can report, and free rows for actors not on the list. A value is pre-filled only when its "
            "provenance is a source ('on record - please check'), never when it is illustrative or fictional. "
            "--method interview also writes OUT/<id>.interview.html per government, a printable guide, and "
            "pre-fills nothing. Row 1 holds the machine keys and is protected; a hidden sheet records "
            "respondent, year, method and a fingerprint of the data, signed with the key.\n\n"
            "Example:\n\n    regienet survey make --data my-region -o survey-2014 --lang nl --year 2014\n\n"
            "    regienet survey make --data my-region -o interviews-2014 --method interview",
            "Schrijf UIT/<id respondent>.xlsx voor elke respondent en UIT/README.txt voor wie ze verstuurt. "
            "Daarbij UIT/survey.key, de sleutel voor de handtekening (bewaren, niet versturen). Besturen "
            "(gemeente, OCMW) krijgen elke vraag van Bijlage 2 (0.1-4.2.1, genummerd, geformuleerd zoals in "
            "2010), de cijfers en de vragen van vandaag; actoren hun activiteiten, doelgroepen en banen; "
            "iedereen een blad met banden: één rij per actor, overlegplatform of bestuur waarmee ze banden "
            "kunnen hebben, één kolom per soort band die ze kunnen melden, en vrije rijen voor actoren die niet "
            "op de lijst staan. Een waarde wordt alleen vooraf ingevuld als haar herkomst een bron is ('gekend - "
            "gelieve na te kijken'), nooit als ze illustratief of fictief is. --method interview schrijft ook "
            "UIT/<id>.interview.html per bestuur, een afdrukbare leidraad, en vult niets vooraf in. Rij 1 bevat "
            "de machinesleutels en is beveiligd; een verborgen blad bewaart respondent, jaar, methode en een "
            "vingerafdruk van de gegevens, ondertekend met de sleutel.\n\n"
            "Voorbeeld:\n\n    regienet survey make --data mijn-regio -o bevraging-2014 --lang nl --year 2014\n\n"
            "    regienet survey make --data mijn-regio -o interviews-2014 --method interview",
        ),
        "help.survey.collect": (
            "Read returned workbooks (any subset, saved by Excel or LibreOffice) and write NEWDIR: a new data "
            "folder with ties added and removed as answered, governance answers updated, each changed row "
            "with provenance 'survey <year> <respondent>', and reported_by on every reported tie. DIR is "
            "never changed; NEWDIR is written whole or not at all and must not exist or be empty. Prints a "
            "merge report: ties confirmed by both sides, reported by one side only, contradictions (kept as "
            "they are), proposed new actors (to review), respondents who did not answer. A blank cell changes "
            "nothing; 'no' from every side that answers removes the tie; 'yes' from one side and 'no' from "
            "the other is a contradiction. A foreign or edited workbook, an unknown actor, a value outside a "
            "dropdown or a workbook made from other data: exit 2 naming file, sheet and cell, nothing written.\n\n"
            "Example:\n\n    regienet survey collect --data my-region answers/*.xlsx -o wave-2014",
            "Lees teruggestuurde werkmappen (een willekeurig deel, bewaard door Excel of LibreOffice) en schrijf "
            "NIEUWEMAP: een nieuwe gegevensmap met banden toegevoegd en geschrapt zoals geantwoord, antwoorden "
            "over regie bijgewerkt, elke gewijzigde rij met provenance 'survey <jaar> <respondent>', en "
            "reported_by bij elke gemelde band. MAP blijft ongewijzigd; NIEUWEMAP wordt volledig of niet "
            "geschreven en mag niet bestaan of moet leeg zijn. Toont een samenvoegverslag: banden bevestigd door "
            "beide kanten, door één kant gemeld, tegenspraken (blijven zoals ze zijn), voorgestelde nieuwe "
            "actoren (na te kijken), respondenten die niet antwoordden. Een lege cel verandert niets; 'nee' van "
            "elke kant die antwoordt schrapt de band; 'ja' van de ene en 'nee' van de andere kant is een "
            "tegenspraak. Een vreemde of bewerkte werkmap, een onbekende actor, een waarde buiten de keuzelijst "
            "of een werkmap gemaakt uit andere gegevens: code 2 met bestand, blad en cel, er wordt niets "
            "geschreven.\n\n"
            "Voorbeeld:\n\n    regienet survey collect --data mijn-regio antwoorden/*.xlsx -o golf-2014",
        ),
        "opt.survey.out": (
            "Folder for the workbooks, created when missing (a folder, not a file name: a name ending in .xlsx "
            "is refused).",
            "Map voor de werkmappen, aangemaakt als ze ontbreekt (een map, geen bestandsnaam: een naam op .xlsx "
            "wordt geweigerd).",
        ),
        "opt.survey.respondents": ("Who gets a workbook.", "Wie een werkmap krijgt."),
        "opt.survey.year": (
            "Survey year (default: this year); the ties in force that year are filled in.",
            "Jaar van de bevraging (standaard: dit jaar); de banden van dat jaar worden ingevuld.",
        ),
        "opt.survey.collect_year": (
            "Accept only workbooks made for this year.",
            "Aanvaard alleen werkmappen gemaakt voor dit jaar.",
        ),
        "opt.survey.newdir": (
            "New data folder to write (must not exist or be empty; a folder, not a file name).",
            "Nieuwe gegevensmap (mag niet bestaan of moet leeg zijn; een map, geen bestandsnaam).",
        ),
        "progress.survey.make": ("Writing workbooks", "Werkmappen schrijven"),
        "progress.survey.collect": ("Reading workbooks", "Werkmappen lezen"),
        "survey.made": (
            "Wrote {n} {n|workbook|workbooks} and README.txt to {folder}.",
            "{n} {n|werkmap|werkmappen} en README.txt geschreven naar {folder}.",
        ),
        "survey.bundled": (
            "the bundled Zuid-West-Vlaanderen data",
            "de meegeleverde gegevens van Zuid-West-Vlaanderen",
        ),
        "survey.bad_respondents": (
            "unknown respondents '{value}' (choose {choices}).",
            "onbekende respondenten '{value}' (kies {choices}).",
        ),
        "survey.newdir_is_input": (
            "refusing to write {path}: it is (or holds) the data folder; choose a new folder.",
            "{path} wordt niet geschreven: het is (of bevat) de gegevensmap; kies een nieuwe map.",
        ),
        "survey.newdir_not_empty": (
            "refusing to write {path}: it exists and is not an empty folder; choose a new folder.",
            "{path} wordt niet geschreven: de map bestaat en is niet leeg; kies een nieuwe map.",
        ),
        "survey.sheet.ties": ("ties", "banden"),
        "survey.sheet.questions": ("questions", "vragen"),
        "survey.col.actor_id": ("id (do not change)", "id (niet wijzigen)"),
        "survey.col.name": ("Name", "Naam"),
        "survey.col.kind": ("Kind", "Soort"),
        "survey.col.municipality": ("Municipality", "Gemeente"),
        "survey.col.founded": ("We founded it (own actor)", "Opgericht op ons initiatief (eigen actor)"),
        "survey.col.seat": (
            "1.2.2 We hold a seat in its board or assembly",
            "1.2.2 We zetelen in de raad van bestuur of algemene vergadering",
        ),
        "survey.col.client": ("1.1.2 We buy its services (client)", "1.1.2 We zijn klant"),
        "survey.col.funding": ("We support it (money, material, staff)", "We steunen het (geld, materieel, personeel)"),
        "survey.col.agreement": ("1.2.2 Cooperation agreement", "1.2.2 Samenwerkingsovereenkomst"),
        "survey.col.referral": ("We refer clients (art. 60§7)", "We verwijzen cliënten door (art. 60§7)"),
        "survey.col.consulted": (
            "2.2.2 Consulted on our policy plans",
            "2.2.2 Betrokken bij de opmaak van onze beleidsplannen",
        ),
        "survey.col.informs": ("2.3.1 We pass on our policy plans", "2.3.1 We bezorgen onze beleidsdocumenten"),
        "survey.col.convenes": ("3.2.1 We organise this forum", "3.2.1 We organiseren dit overleg"),
        "survey.col.accounts_to": ("4.1.2 We send our account to them", "4.1.2 We bezorgen hun onze verslagen"),
        "survey.col.reports_to": ("2.4.1 We report to this government", "2.4.1 We rapporteren aan dit bestuur"),
        "survey.col.member": ("We take part in this forum", "We nemen deel aan dit overleg"),
        "survey.col.cooperation": ("1.3.2 We work together", "1.3.2 We werken samen"),
        "survey.col.client_of": ("This government buys our services", "Dit bestuur is klant bij ons"),
        "survey.col.funded_by": ("This government supports us", "Dit bestuur steunt ons"),
        "survey.col.amount_eur": ("Support per year (EUR)", "Steun per jaar (EUR)"),
        "survey.col.frequency": ("How often in contact", "Hoe vaak contact"),
        "survey.qcol.question": ("key", "sleutel"),
        "survey.qcol.questionnaire": ("No.", "Nr."),
        "survey.qcol.text": ("Question (Bijlage 2)", "Vraag (Bijlage 2)"),
        "survey.qcol.answer": ("Answer", "Antwoord"),
        "survey.q.actor_inventory": (
            "Is there – within the organisation – an inventory of the relevant initiatives in the social economy?",
            "Is er – binnen de organisatie – een inventaris van de relevante initiatieven op het terrein van de sociale economie?",
        ),
        "survey.q.se_in_plans": (
            "Is the social economy included in the policy programme, the (strategic) multi-year plan or the "
            "local social policy plan of the municipality or OCMW?",
            "Is sociale economie opgenomen in het algemeen beleidsprogramma, het (strategisch) meerjarenplan of "
            "het lokaal sociaal beleidsplan van gemeente of OCMW?",
        ),
        "survey.q.se_goals": (
            "Which objectives are set out in these plans? (none, general only, strategic, operational)",
            "Welke doelstellingen zijn geformuleerd in deze plannen? (geen, enkel algemeen, strategisch, operationeel)",
        ),
        "survey.q.se_lead": (
            "Does your government (municipality or OCMW) take the lead for the social economy? (report §4.2.3)",
            "Neemt uw bestuur (gemeente of OCMW) het voortouw voor de sociale economie? (rapport §4.2.3)",
        ),
        "survey.q.lde_recognized": (
            "Is your government itself a recognised initiative of the local service economy (LDE)? (report §4.2.2)",
            "Is uw bestuur zelf erkend als initiatief lokale diensteneconomie (LDE)? (rapport §4.2.2)",
        ),
        "survey.q.role_choice": (
            "Which role does your government choose in the social economy: regisseur of the whole, or actor? (report §4.2.2)",
            "Welke rol kiest uw bestuur in de sociale economie: regisseur van het geheel, of actor? (rapport §4.2.2)",
        ),
        "survey.q.council_mentions": (
            "How many times a year does the social economy come up in the municipal/OCMW council?",
            "Hoeveel keer per jaar komt sociale economie ter sprake op de gemeente-/OCMW-raad?",
        ),
        "survey.q.annual_report": (
            "Are the actions for the social economy mentioned in annual reports?",
            "Worden de acties in het kader van sociale economie vermeld in jaarverslagen?",
        ),
        "survey.q.public_reporting": (
            "What does the government tell the population (4.1.2: to whom are the reports sent)? Nothing, the "
            "activities, or also the objectives?",
            "Wat verneemt de bevolking (4.1.2: aan wie verspreidt het lokale bestuur de verslagen)? Niets, de "
            "activiteiten, of ook de doelstellingen?",
        ),
        "survey.q.accountability_level": (
            "Does the government report: how much was spent on the social economy (toelichting), where "
            "(uitleg), why on that item (rekenschap), the importance of spending on that item (verantwoording)? "
            "Choose the highest that applies.",
            "Deelt het lokale bestuur mee: hoeveel middelen er besteed zijn aan SE (toelichting), waar (uitleg), "
            "waarom in die post (rekenschap), het belang van de besteding op die post (verantwoording)? "
            "Kies het hoogste dat van toepassing is.",
        ),
        "survey.value.se_goals.none": ("none", "geen"),
        "survey.value.se_goals.general": ("general only", "enkel algemeen"),
        "survey.value.se_goals.strategic": ("strategic", "strategisch"),
        "survey.value.se_goals.operational": ("operational", "operationeel"),
        "survey.value.role_choice.regisseur": ("regisseur", "regisseur"),
        "survey.value.role_choice.actor": ("actor", "actor"),
        "survey.value.role_choice.unclear": ("unclear", "onduidelijk"),
        "survey.value.public_reporting.none": ("nothing", "niets"),
        "survey.value.public_reporting.activities": ("activities", "activiteiten"),
        "survey.value.public_reporting.objectives": ("objectives too", "ook doelstellingen"),
        "survey.dropdown_error": ("Choose one of: {choices}", "Kies een van: {choices}"),
        "survey.amount_error": ("A number of 0 or more.", "Een getal van 0 of meer."),
        "survey.instructions.ties": (
            "How to answer: one row per organisation. '{yes}' = this tie exists, '{no}' = it does not (the tie "
            "will be removed). A blank cell means 'don't know' and changes nothing. Ties on record are "
            "already '{yes}', with their source in the last column: correct what is wrong. Grey cells do not apply. Organisations missing from the "
            "list: use the free rows from row {free} on (name, kind, municipality; leave the id blank). Do not "
            "change row 1 or the sheet names.",
            "Zo antwoordt u: één rij per organisatie. '{yes}' = deze band bestaat, '{no}' = ze bestaat niet (de "
            "band wordt geschrapt). Een lege cel betekent 'weet niet' en verandert niets. Gekende banden "
            "staan al op '{yes}', met hun bron in de laatste kolom: verbeter wat niet klopt. Grijze cellen zijn niet van toepassing. Organisaties "
            "die ontbreken: gebruik de vrije rijen vanaf rij {free} (naam, soort, gemeente; laat het id leeg). "
            "Wijzig rij 1 en de namen van de bladen niet.",
        ),
        "survey.instructions.questions": (
            "Choose an answer from the list where there is one, type a number or your own words elsewhere; a "
            "blank answer means 'don't know' and changes nothing. An answer on record is filled in with its "
            "source beside it: correct it where needed.",
            "Kies een antwoord uit de lijst waar er een is, typ elders een getal of uw eigen woorden; een leeg "
            "antwoord betekent 'weet niet' en verandert niets. Een gekend antwoord is ingevuld met zijn bron "
            "ernaast: verbeter het waar nodig.",
        ),
        "survey.readme": (
            "regienet survey {year}: {n} {n|workbook|workbooks}\n"
            "==========================================\n\n"
            "Made from: {data}\n\n"
            "1. Send each workbook to its respondent: the file name is the respondent's id in actors.csv\n"
            "   (a municipality, an OCMW, a social enterprise or support organisation). Do not rename the\n"
            "   files' sheets, and ask respondents not to change row 1 or add columns.\n"
            "2. Respondents answer in the yellow and white cells: yes/no per tie, the amount and frequency\n"
            "   where asked, new organisations in the free rows, and (governments) the questions sheet.\n"
            "   A blank cell means 'don't know' and changes nothing.\n"
            "3. Collect the returned files in one folder (any subset; Excel or LibreOffice .xlsx) and run\n"
            "       regienet survey collect --data DATA RETURNED/*.xlsx -o NEWDATA\n"
            "   with DATA the very folder these workbooks were made from: a workbook made from other data\n"
            "   is refused. The report lists confirmed ties, one-sided ties, contradictions to follow up,\n"
            "   proposed new actors to review, and who did not answer.\n"
            "4. Check and compare: regienet validate --data NEWDATA; regienet diff DATA NEWDATA.\n\n"
            "The whole cycle, step by step: docs/survey.md.\n",
            "regienet bevraging {year}: {n} {n|werkmap|werkmappen}\n"
            "==========================================\n\n"
            "Gemaakt uit: {data}\n\n"
            "1. Stuur elke werkmap naar haar respondent: de bestandsnaam is het id van de respondent in\n"
            "   actors.csv (een gemeente, een OCMW, een sociale onderneming of ondersteunende organisatie).\n"
            "   Hernoem de bladen niet, en vraag de respondenten rij 1 niet te wijzigen en geen kolommen toe te voegen.\n"
            "2. Respondenten antwoorden in de gele en witte cellen: ja/nee per band, bedrag en frequentie waar\n"
            "   gevraagd, nieuwe organisaties in de vrije rijen, en (besturen) het blad met vragen.\n"
            "   Een lege cel betekent 'weet niet' en verandert niets.\n"
            "3. Verzamel de teruggestuurde bestanden in één map (een willekeurig deel; .xlsx uit Excel of\n"
            "   LibreOffice) en voer uit:\n"
            "       regienet survey collect --data GEGEVENS TERUG/*.xlsx -o NIEUWEGEGEVENS\n"
            "   met GEGEVENS precies de map waaruit deze werkmappen gemaakt zijn: een werkmap uit andere\n"
            "   gegevens wordt geweigerd. Het verslag toont bevestigde banden, eenzijdige banden, tegenspraken om\n"
            "   op te volgen, voorgestelde nieuwe actoren om na te kijken, en wie niet antwoordde.\n"
            "4. Controleer en vergelijk: regienet validate --data NIEUWEGEGEVENS; regienet diff GEGEVENS NIEUWEGEGEVENS.\n\n"
            "De hele cyclus, stap voor stap: docs/survey.md.\n",
        ),
        # problems with returned workbooks (file[sheet]:row: column key (letter): message)
        "problem.survey_not_regienet": (
            "this is not a regienet survey workbook (no hidden sheet _regienet; sheets: {sheets}).",
            "dit is geen werkmap van een regienet-bevraging (geen verborgen blad _regienet; bladen: {sheets}).",
        ),
        "hint.survey_not_regienet": (
            "Pass only workbooks made by 'regienet survey make', as returned by the respondent.",
            "Geef alleen werkmappen die 'regienet survey make' maakte, zoals de respondent ze terugstuurde.",
        ),
        "problem.survey_unknown_respondent": (
            "cell {cell}: respondent '{value}' is not a government or actor in the data.",
            "cel {cell}: respondent '{value}' is geen bestuur of actor in de gegevens.",
        ),
        "hint.survey_unknown_respondent": (
            "Collect with --data the folder the workbooks were made from.",
            "Gebruik bij collect met --data de map waaruit de werkmappen gemaakt zijn.",
        ),
        "problem.survey_fingerprint": (
            "cell {cell}: this workbook was made from other data (fingerprint {value}, the data has {expected}).",
            "cel {cell}: deze werkmap is gemaakt uit andere gegevens (vingerafdruk {value}, de gegevens hebben {expected}).",
        ),
        "hint.survey_fingerprint": (
            "Collect with --data the very folder the workbooks were made from (unchanged since 'survey make').",
            "Gebruik met --data precies de map waaruit de werkmappen gemaakt zijn (ongewijzigd sinds 'survey make').",
        ),
        "problem.survey_missing_sheet": (
            "the workbook has no sheet '{value}' and no sheet with the survey's key row (sheets: {sheets}).",
            "de werkmap heeft geen blad '{value}' en geen blad met de sleutelrij van de bevraging (bladen: {sheets}).",
        ),
        "hint.survey_missing_sheet": (
            "Ask the respondent for the workbook as it was sent, with its sheets.",
            "Vraag de respondent de werkmap zoals ze verstuurd werd, met haar bladen.",
        ),
        "problem.survey_key_row": (
            "cell {cell}: the key '{value}' was changed; expected '{expected}'.",
            "cel {cell}: de sleutel '{value}' werd gewijzigd; verwacht '{expected}'.",
        ),
        "hint.survey_key_row": (
            "Put the key back as it was, or make the workbook again with 'regienet survey make'.",
            "Zet de sleutel terug zoals ze was, of maak de werkmap opnieuw met 'regienet survey make'.",
        ),
        "problem.survey_unknown_actor": (
            "cell {cell}: actor id '{value}' is not in the data.",
            "cel {cell}: actor-id '{value}' staat niet in de gegevens.",
        ),
        "hint.survey_unknown_actor": (
            "Restore the id; for an organisation not on the list, leave the id blank and fill in name, kind and municipality.",
            "Zet het id terug; voor een organisatie die niet op de lijst staat: laat het id leeg en vul naam, soort en gemeente in.",
        ),
        "problem.survey_bad_value": (
            "cell {cell}: '{value}' is not one of the dropdown's values ({allowed}).",
            "cel {cell}: '{value}' is geen waarde uit de keuzelijst ({allowed}).",
        ),
        "hint.survey_bad_value": ("Choose a value from the dropdown.", "Kies een waarde uit de keuzelijst."),
        "problem.survey_bad_amount": (
            "cell {cell}: '{value}' is not an amount of 0 or more.",
            "cel {cell}: '{value}' is geen bedrag van 0 of meer.",
        ),
        "hint.survey_bad_amount": (
            "Type the yearly amount in euro as a number, e.g. 25000.",
            "Typ het jaarbedrag in euro als getal, bv. 25000.",
        ),
        "problem.survey_bad_number": (
            "cell {cell}: '{value}' is not a whole number of 0 or more.",
            "cel {cell}: '{value}' is geen geheel getal van 0 of meer.",
        ),
        "hint.survey_bad_number": ("Type a whole number, e.g. 3.", "Typ een geheel getal, bv. 3."),
        "problem.survey_not_applicable": (
            "cell {cell}: this kind of tie cannot join the respondent to a {kind}; the cell was grey.",
            "cel {cell}: deze soort band kan de respondent niet verbinden met een {kind}; de cel was grijs.",
        ),
        "hint.survey_not_applicable": ("Empty the cell.", "Maak de cel leeg."),
        "problem.survey_proposal_name": (
            "cell {cell}: a new organisation without a name.",
            "cel {cell}: een nieuwe organisatie zonder naam.",
        ),
        "hint.survey_proposal_name": ("Fill in its name, or empty the row.", "Vul de naam in, of maak de rij leeg."),
        "problem.survey_unknown_municipality": (
            "cell {cell}: '{value}' is not a municipality id in the data.",
            "cel {cell}: '{value}' is geen id van een gemeente in de gegevens.",
        ),
        "hint.survey_unknown_municipality": (
            "Choose the municipality from the dropdown, or leave it blank.",
            "Kies de gemeente uit de keuzelijst, of laat ze leeg.",
        ),
        "problem.survey_duplicate": (
            "cell {cell}: a second workbook of respondent '{value}' (the first is {other}).",
            "cel {cell}: een tweede werkmap van respondent '{value}' (de eerste is {other}).",
        ),
        "hint.survey_duplicate": (
            "Pass one workbook per respondent: the latest one.",
            "Geef één werkmap per respondent: de laatste.",
        ),
        "problem.survey_year": (
            "cell {cell}: a workbook of survey year {value} among workbooks of {year}.",
            "cel {cell}: een werkmap van bevragingsjaar {value} tussen werkmappen van {year}.",
        ),
        "hint.survey_year": (
            "Collect one wave at a time (one survey year).",
            "Verwerk één golf tegelijk (één bevragingsjaar).",
        ),
        # the merge report
        "survey.report.title": (
            "Survey {year}: {n} {n|respondent|respondents} answered",
            "Bevraging {year}: {n} {n|respondent antwoordde|respondenten antwoordden}",
        ),
        "survey.report.written": ("New data folder: {path}", "Nieuwe gegevensmap: {path}"),
        "survey.report.confirmed": ("Ties confirmed by both sides: {n}", "Banden bevestigd door beide kanten: {n}"),
        "survey.report.one_sided": (
            "Ties reported by one side only (the other side could have said): {n}",
            "Banden gemeld door één kant (de andere kant kon het ook zeggen): {n}",
        ),
        "survey.report.contradictions": (
            "Contradictions (one side yes, the other no; kept as they were): {n}",
            "Tegenspraken (de ene kant ja, de andere nee; gebleven zoals ze waren): {n}",
        ),
        "survey.report.added": ("Ties added: {n}", "Banden toegevoegd: {n}"),
        "survey.report.removed": ("Ties removed: {n}", "Banden geschrapt: {n}"),
        "survey.report.governance": ("Governance answers changed: {n}", "Antwoorden over regie gewijzigd: {n}"),
        "survey.report.proposed": (
            "Proposed new actors (provenance '… proposed'; review before use): {n}",
            "Voorgestelde nieuwe actoren (provenance '… proposed'; na te kijken): {n}",
        ),
        "survey.report.missing": ("Respondents who did not answer: {n}", "Respondenten die niet antwoordden: {n}"),
        "survey.report.says_yes": ("yes", "ja"),
        "survey.report.says_no": ("no", "nee"),
        "survey.report.by": ("by", "door"),
        "survey.report.next": (
            "Next: regienet validate --data {path}; regienet diff {data} {path}",
            "Volgende stap: regienet validate --data {path}; regienet diff {data} {path}",
        ),
    }
)

# ------------------------------------------------------------------ glossary: what every number of the report means
# One line per metric key (regienet.glossary.GLOSSARY maps keys to these); shown by `regienet explain metrics`,
# under the region table, and as the "glossary" block of `report --format json`.
MESSAGES.update(
    {
        "metric.actors": (
            "Social enterprises and support organisations working in the municipality (it is in their operates_in).",
            "Sociale ondernemingen en ondersteunende organisaties die volgens de gegevens in de gemeente actief zijn.",
        ),
        "metric.own_actors": (
            "Actors working here that the municipality or OCMW founded, regional joint ventures of several municipalities excepted: its own actors.",
            "Actoren die hier actief zijn en door gemeente of OCMW zijn opgericht, behalve regionale samenwerkingsverbanden van meerdere gemeenten: de eigen actoren.",
        ),
        "metric.regional_actors": (
            "Actors working here that are regional (scope regional, or working in two or more municipalities).",
            "Actoren die hier actief zijn en regionaal werken (scope regionaal, of actief in twee of meer gemeenten).",
        ),
        "metric.local_actors": (
            "Actors working here that are not regional (own actors included).",
            "Actoren die hier actief zijn en niet regionaal werken (eigen actoren inbegrepen).",
        ),
        "metric.other_local_actors": (
            "Local actors that are not own actors.",
            "Lokale actoren die geen eigen actor zijn.",
        ),
        "metric.tied_actors": (
            "Actors working here with at least one tie to the municipality or OCMW: a relation, or a forum they share.",
            "Actoren die hier actief zijn met minstens één band met gemeente of OCMW: een relatie, of een overleg dat ze delen.",
        ),
        "metric.blind_spots": (
            "Actors working here out of view of the municipality and OCMW, as OV01 counts them: no tie, not met in a forum, not reached through a regional body a government sits in.",
            "Actoren die hier actief zijn buiten het zicht van gemeente en OCMW, zoals OV01 ze telt: geen band, niet ontmoet in een overleg, niet bereikt via een regionale organisatie waarin een bestuur zetelt.",
        ),
        "metric.ties": (
            "Ties of the municipality/OCMW with actors: every relation row, plus one per actor of each forum a government convenes or sits in (forum co-membership); an actor with several relations counts several times.",
            "Banden van gemeente/OCMW met actoren: elke relatie, plus één per actor van elk overleg dat een bestuur organiseert of waarin het zetelt (samen in een overleg); een actor met meerdere relaties telt meermaals.",
        ),
        "metric.ties_governance": (
            "Of the ties: governance (founded, seat in a body of the actor).",
            "Van de banden: bestuur (opgericht, zetel in een orgaan van de actor).",
        ),
        "metric.ties_economic": (
            "Of the ties: economic (client, agreement, funding, referral).",
            "Van de banden: economisch (klant, overeenkomst, financiering, doorverwijzing).",
        ),
        "metric.ties_policy": (
            "Of the ties: policy (consulted, informs, reports to, accounts to).",
            "Van de banden: beleid (geconsulteerd, informeert, rapporteert aan, legt verantwoording af aan).",
        ),
        "metric.ties_cooperation": (
            "Of the ties: cooperation (direct cooperation, and forum co-membership: one per actor of a forum the government convenes or sits in).",
            "Van de banden: samenwerking (rechtstreekse samenwerking, en samen in een overleg: één per actor van een overleg dat het bestuur organiseert of waarin het zetelt).",
        ),
        "metric.ties_forum": (
            "Of the ties: forum co-membership, one per actor of each forum a government convenes or sits in (no relation row; part of cooperation).",
            "Van de banden: samen in een overleg, één per actor van elk overleg dat een bestuur organiseert of waarin het zetelt (geen relatie; deel van samenwerking).",
        ),
        "metric.attention_pairs": (
            "Government–actor pairs with a relation other than founded or accounts_to: each pair counted once, however many relations it has (as OV02).",
            "Paren bestuur–actor met een andere relatie dan oprichting of verantwoording: elk paar één keer geteld, hoeveel relaties het ook heeft (zoals OV02).",
        ),
        "metric.own_pairs": (
            "Of those government–actor pairs, the ones with an own actor.",
            "Van die paren bestuur–actor, de paren met een eigen actor.",
        ),
        "metric.own_tie_share": (
            "Own pairs over all government–actor pairs (each pair once; founded, accounts_to and forum co-membership left out); OV02 weighs the same pairs by their layers (own_attention_share).",
            "Eigen paren op alle paren bestuur–actor (elk paar één keer; oprichting, verantwoording en overleg niet meegeteld); OV02 weegt dezelfde paren naar hun lagen (own_attention_share).",
        ),
        "metric.own_funding_share": (
            "Share of the euros (amount_eur) of the governments' funding relations that goes to own actors; unknown when an amount is blank.",
            "Aandeel van de bedragen in euro van de financieringsrelaties van de besturen dat naar eigen actoren gaat; onbekend als een bedrag ontbreekt.",
        ),
        "metric.density_actors": (
            "Share of the possible pairs of actors working here that are coupled by any cooperation, agreement or shared forum (the region's own included; SA02 counts only this municipality's), without the governments: 0 = nobody works together, 1 = everybody does.",
            "Aandeel van de mogelijke paren actoren die hier actief zijn dat gekoppeld is door eender welke samenwerking, overeenkomst of gedeeld overleg (ook die van de regio; SA02 telt enkel die van deze gemeente), zonder de besturen: 0 = niemand werkt samen, 1 = iedereen.",
        ),
        "metric.components_actors": (
            "Groups the actors form through any coupling (cooperation, agreements, shared forums, the region's own included), without the governments; 1 = the field holds together on its own, possibly through the region rather than the municipality (see SA02).",
            "Groepen die de actoren vormen via eender welke koppeling (samenwerking, overeenkomsten, gedeelde overleggen, ook die van de regio), zonder de besturen; 1 = het veld hangt uit zichzelf samen, mogelijk via de regio eerder dan via de gemeente (zie SA02).",
        ),
        "metric.density_with_governments": (
            "The same density with the municipality and OCMW added, with their ties: higher than without = the governments add links the actors lack.",
            "Dezelfde dichtheid met gemeente en OCMW erbij, met hun banden: hoger dan zonder = de besturen leggen verbindingen die de actoren missen.",
        ),
        "metric.components_with_governments": (
            "Groups among the same actors once the governments' ties are added (a government without ties is no group); fewer than without = the governments link groups that are otherwise apart.",
            "Groepen onder dezelfde actoren als de banden van de besturen erbij komen (een bestuur zonder banden is geen groep); minder dan zonder = de besturen verbinden groepen die anders los staan.",
        ),
        "metric.constraint": (
            "Burt's constraint of the governments (mean): low (towards 0) = their contacts are not tied to each other and the government is the only bridge between them, a broker position it can use to couple them; high (towards 1) = its ties go to actors tied to each other, little room to steer between them.",
            "Beperking (Burt) van de besturen (gemiddelde): laag (naar 0) = hun contacten zijn niet met elkaar verbonden en het bestuur is de enige brug ertussen, een makelaarspositie die het kan gebruiken om ze te koppelen; hoog (naar 1) = de banden gaan naar actoren die onderling verbonden zijn, weinig ruimte om ertussen te sturen.",
        ),
        "metric.effective_size": (
            "Burt's effective size (mean): how many of the government's contacts are not redundant (not tied to its other contacts); high = many separate parts of the field it reaches directly, equal to its number of contacts when none of them are tied to each other.",
            "Effectieve omvang (Burt, gemiddelde): hoeveel contacten van het bestuur niet overbodig zijn (niet verbonden met zijn andere contacten); hoog = veel aparte delen van het veld die het rechtstreeks bereikt, gelijk aan het aantal contacten als geen enkel contact met een ander verbonden is.",
        ),
        "metric.brokerage": (
            "Open two-paths actor–government–actor the governments broker (Gould–Fernandez), per role by the groups own/local/regional: high = much of the field is linked only through the government, which can couple the actors (or keep them apart); 0 = the actors meet without it.",
            "Open tweestapspaden actor–bestuur–actor die de besturen overbruggen (Gould–Fernandez), per rol volgens de groepen eigen/lokaal/regionaal: hoog = een groot deel van het veld is enkel via het bestuur verbonden, dat de actoren kan koppelen (of uit elkaar houden); 0 = de actoren vinden elkaar zonder het bestuur.",
        ),
        "metric.regional_reach": (
            "Share of the regional actors working here that have a tie with the municipality or OCMW: how much of the regional offer it has in view.",
            "Aandeel van de regionale actoren die hier actief zijn dat een band heeft met gemeente of OCMW: hoeveel van het regionale aanbod het in beeld heeft.",
        ),
        "metric.level.OV": (
            "Level 0–3 of overview of the whole situation (0 absent · 1 weak · 2 partial · 3 established; regienet explain levels).",
            "Niveau 0–3 van overzicht over de gehele situatie (0 afwezig · 1 zwak · 2 gedeeltelijk · 3 uitgebouwd; regienet explain levels).",
        ),
        "metric.level.BL": (
            "Level 0–3 of setting out policy lines (0 absent · 1 weak · 2 partial · 3 established).",
            "Niveau 0–3 van beleidslijnen uitzetten (0 afwezig · 1 zwak · 2 gedeeltelijk · 3 uitgebouwd).",
        ),
        "metric.level.SA": (
            "Level 0–3 of organising commitment and cooperation (0 absent · 1 weak · 2 partial · 3 established).",
            "Niveau 0–3 van organiseren van inzet en samenwerking (0 afwezig · 1 zwak · 2 gedeeltelijk · 3 uitgebouwd).",
        ),
        "metric.level.VA": (
            "Level 0–3 of accountability for the whole (0 absent · 1 weak · 2 partial · 3 established).",
            "Niveau 0–3 van verantwoording afleggen over het geheel (0 afwezig · 1 zwak · 2 gedeeltelijk · 3 uitgebouwd).",
        ),
        "metric.findings": (
            "Number of findings: rules that flag something in the municipality (regienet check).",
            "Aantal bevindingen: regels die in de gemeente iets aanduiden (regienet check).",
        ),
        "metric.governance_mode": (
            "How the network is steered (Provan & Kenis): shared, lead government, lead own actor, NAO or none (regienet explain governance).",
            "Hoe het netwerk gestuurd wordt (Provan & Kenis): gedeeld, leidend bestuur, leidende eigen actor, NAO of geen (regienet explain governance).",
        ),
        "metrics.title": ("What the numbers mean", "Wat de cijfers betekenen"),
        "metrics.intro": (
            "Every number of regienet report, with its key in the JSON (connectivity, governance.evidence, glossary) and CSV output.",
            "Elk cijfer van regienet report, met zijn sleutel in de JSON- (connectivity, governance.evidence, glossary) en CSV-uitvoer.",
        ),
        "col.metric": ("Metric", "Cijfer"),
        "col.meaning": ("Meaning", "Betekenis"),
    }
)

# ---- issue 25: the follow-up survey — the 2010 questionnaire in full (Bijlage 2, nl as in 2010), today's
# questions, both methods, honest pre-filling, safety
MESSAGES.update(
    {
        # items of Bijlage 2 answered in words (the nl text is the 2010 wording)
        "survey.item.open.0.1": (
            "0.1 Possibly relevant policy documents: which plans do you have (general policy programme, strategic "
            "multi-year plan, multi-year financial plan, local social policy plan, OCMW multi-year plan; youth, "
            "housing, mobility, equal opportunities plans; LDE action plan, subsidy rules for social economy "
            "initiatives; other)? Today: the multi-year plan and its actions.",
            "0.1 Mogelijks relevante beleidsdocumenten: relevante plannen (algemeen beleidsprogramma, strategisch "
            "meerjarenplan gemeente, meerjarig financieel beleidsplan, lokaal sociaal beleidsplan, meerjarenplan "
            "OCMW; jeugdwerkbeleidsplan, woonbehoeftestudie, mobiliteitsplan, gelijkekansenplan; actieplan lokale "
            "diensteneconomie, subsidiereglementen voor initiatieven in sociale economie; andere)?",
        ),
        "survey.item.open.0.2": (
            "0.2 Possibly relevant consultation forums and partnerships: local employment forum, local job shop, other?",
            "0.2 Mogelijks relevante overlegfora en samenwerkingsverbanden: lokaal werkgelegenheidsforum, lokale "
            "werkwinkel, andere?",
        ),
        "survey.item.open.1.1.1": (
            "1.1.1 What does social economy mean for your municipality/OCMW? (Which description of SE does the "
            "municipality, OCMW, elected official, civil servant give?)",
            "1.1.1 Wat betekent sociale economie voor uw gemeente/OCMW? (Welke omschrijving voor SE geeft resp. "
            "gemeente, OCMW, mandataris, ambtenaar, …?)",
        ),
        "survey.item.open.1.1.2": (
            "1.1.2 Is SE structurally embedded in the organisation? Are you a client of SE initiatives? Do other "
            "policy domains work with SE initiatives? In what way?",
            "1.1.2 Is SE structureel ingebed binnen de organisatie? Bent u klant van SE initiatieven? Werken andere "
            "beleidsdomeinen samen met SE initiatieven? Op welke manier?",
        ),
        "survey.item.open.1.1.3": (
            "1.1.3 Through which relevant information channels do you keep informed about SE? How often do you "
            "consult these sources? (e.g. SE policy paper, study days, newsletters, …)",
            "1.1.3 Via welke relevante informatiekanalen informeert u zich over SE? Hoe vaak consulteert u deze "
            "bronnen? (Vb. beleidsnota SE, studiedagen, nieuwsbrieven, …)",
        ),
        "survey.item.open.1.2.1": (
            "1.2.1 Has someone been appointed responsible for the Dienstenwijzer (services guide)?",
            "1.2.1 Is er een verantwoordelijke aangesteld voor Dienstenwijzer?",
        ),
        "survey.item.open.1.2.2": (
            "1.2.2 Does the local government have a cooperation agreement with an SE initiative? Does a delegate "
            "of the municipality/OCMW sit on the board of an initiative? Does someone sit on a board in a personal "
            "capacity? (Per organisation on the ties sheet: agreement, seat, mandate or personal.)",
            "1.2.2 Heeft het lokaal bestuur een samenwerkingsovereenkomst met een initiatief in de SE? Zetelt een "
            "afgevaardigde van gemeente/OCMW in een raad van bestuur van een initiatief? Zetelt iemand ten "
            "persoonlijke titel in een raad van bestuur van een initiatief? (Per organisatie op het blad banden.)",
        ),
        "survey.item.open.1.3.1": (
            "1.3.1 List for the initiatives in your territory: which activities do they carry out? For which "
            "target group? Why do they do this — what is their vision, what do they aim for?",
            "1.3.1 Som op voor de verschillende initiatieven op uw grondgebied: Welke activiteiten oefenen deze "
            "initiatieven uit? Voor welke doelgroep oefenen ze deze activiteiten uit? Waarom oefenen ze dit uit? "
            "Wat is de visie van de initiatieven? Wat beogen ze?",
        ),
        "survey.item.open.1.3.2": (
            "1.3.2 Do the initiatives work together for this? If so, who works with whom? Which initiatives carry "
            "out similar activities? (Cooperations you brought about: the sheet 'brokered'.)",
            "1.3.2 Werken de initiatieven hiervoor samen? Zoja, wie werkt samen met wie? Welke initiatieven "
            "oefenen gelijkaardige activiteiten uit? (Samenwerkingen die u tot stand bracht: blad 'bemiddeld'.)",
        ),
        "survey.item.open.1.4.1": (
            "1.4.1 (cf. 2.2: origin of policy lines) The input actors have — in content and organisation, "
            "including 'auxiliary or sub-regie'.",
            "1.4.1 (cfr. 2.2.: herkomst beleidslijnen) De inbreng die actoren hebben (inhoudelijk, inclusief "
            "'hulp- of subregie'; organisatorisch, inclusief 'hulp- of subregie').",
        ),
        "survey.item.open.1.5.1": (
            "1.5.1 (cf. 1.3.1: actors' vision) Relevant policy of the actors, jointly or separately — e.g. "
            "employment of groups at risk: municipality's focus 50+, an actor's focus young people: does the "
            "municipality know this?",
            "1.5.1 (cfr. 1.3.1.: visie actoren) Relevant beleid (van gezamenlijke of afzonderlijke actoren) — vb. "
            "tewerkstelling kansengroepen: gemeentefocus 50+, actorfocus jongeren: weet gemeente dit?",
        ),
        "survey.item.open.1.5.2": (
            "1.5.2 (cf. 2.4: reporting) … its progress and results: does the municipality follow this up?",
            "1.5.2 (cfr. 2.4.: rapportage) … de voortgang en resultaten daarvan: volgt gemeente dit op?",
        ),
        "survey.item.open.2.1.2": (
            "2.1.2 Which actions follow from these objectives?",
            "2.1.2 Welke acties volgen uit deze doelstellingen?",
        ),
        "survey.item.open.2.1.3": (
            "2.1.3 Have these actions been translated into the financial plans?",
            "2.1.3 Zijn deze acties vertaald in de financiële plannen?",
        ),
        "survey.item.open.2.1.4": (
            "2.1.4 Has your municipality/OCMW drawn up other policy documents that include SE? E.g. LDE action "
            "plan, subsidy rules, youth work plan, equal opportunities plan, mobility plan, …",
            "2.1.4 Zijn nog andere beleidsdocumenten opgemaakt door uw gemeente/OCMW waarin SE wordt opgenomen? "
            "Vb. actieplan lokale diensteneconomie, subsidiereglementering, Jeugdwerkplan, gelijkekansenplan, "
            "mobiliteitsplan, …",
        ),
        "survey.item.open.2.2.1": (
            "2.2.1 Who wrote the policy programme, the multi-year plan of municipality/OCMW and the local social "
            "policy plan (the SE part)?",
            "2.2.1 Wie heeft resp. het beleidsprogramma, meerjarenplan gemeente/OCMW en Lokaal sociaal "
            "beleidsplan uitgeschreven (m.b.t. onderdeel SE)?",
        ),
        "survey.item.open.2.2.2": (
            "2.2.2 When drawing up these policy documents, did you contact the possible partners for carrying them "
            "out? If so, how: local employment forum, meeting, brainstorm, information session, informal contact, "
            "other? (Who: column 'consulted' on the ties sheet.)",
            "2.2.2 Heeft u bij de opmaak van deze beleidsdocumenten contact genomen met de mogelijke partners voor "
            "de uitvoering hiervan? Zoja, op welke manier: forum lokale werkgelegenheid, vergadering, "
            "brainstormsessie, infosessie, informeel contact, andere?",
        ),
        "survey.item.open.2.2.3": (
            "2.2.3 Did the possible partners make policy proposals? Were they in line with the vision of the "
            "municipality/OCMW? If not, did you adjust the policy vision to these proposals?",
            "2.2.3 Hebben de mogelijke partners voorstellen voor het beleid geformuleerd? Waren deze voorstellen "
            "gelijklopend met de visie van gemeente/OCMW? Zoniet, heeft u de beleidsvisie bijgestuurd volgens deze "
            "voorstellen?",
        ),
        "survey.item.open.2.3.1": (
            "2.3.1 Did you distribute the policy documents to the partners? If so, how? (To whom: column 'informs'.)",
            "2.3.1 Heeft u de beleidsdocumenten verspreid naar de partners? Zoja, hoe?",
        ),
        "survey.item.open.2.3.2": (
            "2.3.2 Did you give further explanation with them?",
            "2.3.2 Heeft u hierbij verdere toelichting gegeven?",
        ),
        "survey.item.open.2.4.1": (
            "2.4.1 Are there SE initiatives that (help) carry out an objective of this policy? If so, do they "
            "report to the local government on these activities? Formally (e.g. standard report) or informally "
            "(e.g. at a reception)? Is this reporting mandatory? How often is it expected? (Who: column "
            "'reports to us'.)",
            "2.4.1 Zijn er SE-initiatieven die een doelstelling uit dit beleid (mee) uitvoeren? Zoja, rapporteren "
            "deze initiatieven aan het lokaal bestuur over deze activiteiten? Gebeurt dit formeel (vb. "
            "standaardrapport) of informeel (vb. op receptie)? Is deze rapportage verplicht? Hoe vaak wordt deze "
            "rapportage verwacht?",
        ),
        "survey.item.open.2.4.2": (
            "2.4.2 Do you discuss the (interim) results of this reporting with the initiative? Can you adjust the "
            "objectives if needed? If so, do you? Formally or informally?",
            "2.4.2 Bespreekt u met het initiatief de (voorlopige) resultaten uit deze rapportage? Kan u de "
            "doelstellingen bijstellen, indien nodig? Zoja, past u de doelstellingen aan? Gebeurt dit formeel of "
            "informeel?",
        ),
        "survey.item.open.2.4.3": (
            "2.4.3 When initiatives cooperate: do they state their objectives? With conflicting interests: do the "
            "initiatives mention these problems in their reporting (formally and/or informally)? Do you look for a "
            "solution?",
            "2.4.3 Bij een samenwerking tussen verschillende initiatieven: spreken de initiatieven hun "
            "doelstellingen uit? Bij conflicterende belangen tussen de initiatieven: vermelden de initiatieven deze "
            "problemen in hun rapportage (formeel en/of informeel)? Zoekt u naar een oplossing voor deze problemen?",
        ),
        "survey.item.open.3.1.1": (
            "3.1.1 Do you approach possible partners to contribute to carrying out the policy? Do you give them "
            "information for inspiration: policy in preparation, other possible partners, best practices, …?",
            "3.1.1 Spreekt u mogelijke partners aan om bij te dragen aan de uitvoering van het beleid? Geeft u "
            "deze mogelijke partners informatie mee ter inspiratie: informatie over beleid dat nog in de steigers "
            "staat, andere mogelijke partners aanreiken, best practices, …?",
        ),
        "survey.item.open.3.1.2": (
            "3.1.2 In what other way do you motivate the actors?",
            "3.1.2 Op welke andere manier motiveert u de actoren?",
        ),
        "survey.item.open.3.2.1": (
            "3.2.1 Do you make sure yourself that the initiatives meet? How: consultation, informal meeting, …? "
            "Do you introduce possible partners to each other? Do you help formalise cooperation, e.g. in an "
            "agreement? Do you help it succeed in practice (meeting room, taking minutes, …)?",
            "3.2.1 Zorgt u er zelf voor dat de verschillende initiatieven elkaar ontmoeten? Op welke manier: "
            "overleg, informeel ontmoetingsmoment, …? Stelt u mogelijke partners aan elkaar voor? Helpt u mee om de "
            "samenwerking te formaliseren in bvb. een samenwerkingsovereenkomst? Helpt u de samenwerking om "
            "praktisch te slagen: vb. door vergaderruimte ter beschikking te stellen, op te treden als "
            "verslaggever, …?",
        ),
        "survey.item.open.3.2.2": (
            "3.2.2 Do you alert the initiatives when you see a possible cross-link (e.g. compatible objectives)?",
            "3.2.2 Verwittigt u de initiatieven als u een mogelijk kruisverband ziet (bvb. bij verenigbare "
            "doelstellingen)?",
        ),
        "survey.item.open.3.2.3": (
            "3.2.3 Do you ask the initiatives to clarify their tasks in a cooperation?",
            "3.2.3 Vraagt u de initiatieven om hun taakomschrijving te verduidelijken bij een samenwerking?",
        ),
        "survey.item.open.3.2.4": (
            "3.2.4 Who sets the agenda of consultation in a cooperation? Do you see the minutes of such meetings? "
            "Do you put items on the agenda?",
            "3.2.4 Wie bepaalt agenda van overleg in een samenwerking? Krijgt u het verslag van dergelijk overleg te "
            "zien? Zet u bepaalde punten op de agenda?",
        ),
        "survey.item.open.3.2.5": (
            "3.2.5 Do you hold partners to account for their commitment in a cooperation? How: formally (e.g. "
            "minutes, agenda item) or informally?",
            "3.2.5 Spreekt u de partners aan op hun inzet in een samenwerking? Hoe doet u dit: formeel (vb. via "
            "verslag, agendapunt op vergadering) of informeel?",
        ),
        "survey.item.open.4.1.2": (
            "4.1.2 To whom does the local government send these reports: higher government (province, Flanders, "
            "federal), the field (the initiatives themselves), the population? (Column 'accounts to' on the ties "
            "sheet.)",
            "4.1.2 Aan wie verspreidt het lokale bestuur deze verslagen/rapporten?: hogere overheid (provincie, "
            "Vlaanderen, federaal), werkveld (aan de initiatieven zelf), bevolking?",
        ),
        "survey.item.open.4.1.3": (
            "4.1.3 Which initiatives are mentioned in these reports? All of them?",
            "4.1.3 Welke initiatieven worden in deze rapportages vermeld? Allemaal aanwezig?",
        ),
        # Enkele cijfers
        "survey.item.time_alderman_pct": (
            "Figures — time spent on the policy domain (%): alderman responsible for work and SE",
            "Enkele cijfers — tijdsbesteding % voor het beleidsdomein: schepen bevoegd voor Werk en SE",
        ),
        "survey.item.time_other_alderman_pct": (
            "Figures — time spent (%): alderman not specifically responsible for work and SE",
            "Enkele cijfers — tijdsbesteding %: schepen niet specifiek bevoegd voor Werk en SE",
        ),
        "survey.item.time_ocmw_chair_pct": (
            "Figures — time spent (%): OCMW chair (today: chair of the committee for social services)",
            "Enkele cijfers — tijdsbesteding %: OCMW-voorzitter",
        ),
        "survey.q.staff_fte_lead": (
            "Figures — own staff released for the domain, in FTE: managerial",
            "Enkele cijfers — eigen vrijgestelde medewerkers, aantal in VTE: leidinggevend",
        ),
        "survey.q.staff_fte_exec": (
            "Figures — own staff released for the domain, in FTE: executive",
            "Enkele cijfers — eigen vrijgestelde medewerkers, aantal in VTE: uitvoerend",
        ),
        "survey.q.budget_policy_eur": (
            "Figures — financial means, amount per year (EUR): policy (beleidsmatig)",
            "Enkele cijfers — inzet van financiële middelen, bedrag per jaar (EUR): beleidsmatig",
        ),
        "survey.q.budget_own_actor_eur": (
            "Figures — financial means (EUR): own government as actor",
            "Enkele cijfers — inzet van financiële middelen (EUR): eigen bestuur als actor",
        ),
        "survey.q.budget_third_parties_eur": (
            "Figures — financial means (EUR): support to third-party actors",
            "Enkele cijfers — inzet van financiële middelen (EUR): ondersteuning derden-actoren",
        ),
        # today's questions (since 2019 / the 2022 regie decree)
        "survey.item.open.T.1": (
            "Today — one local government since 2019: how are the roles of provider (own actor) and regisseur "
            "separated in your integrated municipality and OCMW?",
            "Vandaag — één lokaal bestuur sinds 2019: hoe zijn de rollen van aanbieder (eigen actor) en regisseur "
            "gescheiden in uw geïntegreerde gemeente en OCMW?",
        ),
        "survey.item.open.T.2": (
            "Today — which actions of your multi-year plan carry the codes WSE-LR1 to WSE-LR4 (regie role, "
            "employment of people far from the labour market, social entrepreneurship, partnerships with VDAB)? "
            "Title, year and budget: one row per action on the sheet 'plans'; anything else here.",
            "Vandaag — welke acties van uw meerjarenplan dragen de codes WSE-LR1 tot WSE-LR4 (regierol, "
            "tewerkstelling van mensen ver van de arbeidsmarkt, sociaal ondernemerschap, partnerschappen met "
            "VDAB)? Titel, jaar en budget: één rij per actie op het blad 'plannen'; al het andere hier.",
        ),
        "survey.item.open.T.3": (
            "Today — does an association (a local regie association, an intermunicipal body) carry the regie for "
            "you? Which one, and for what: environment analysis, vision and policy, networking, accounting?",
            "Vandaag — draagt een samenwerkingsverband (een lokaal regieverband, een intergemeentelijk "
            "samenwerkingsverband) de regie voor u? Welk, en waarvoor: omgevingsanalyse, visie en beleid, "
            "netwerken, verantwoording?",
        ),
        "survey.item.open.T.4": (
            "Today — do you have a local cooperation agreement with VDAB? Since when, and on what?",
            "Vandaag — heeft u een lokale samenwerkingsovereenkomst met VDAB? Sinds wanneer, en waarover?",
        ),
        # the actor's profile
        "survey.q.activities": (
            "1.3.1 Which activities do you carry out? (separate with |, e.g. cleaning|catering)",
            "1.3.1 Welke activiteiten oefent u uit? (scheid met |, bv. schoonmaak|catering)",
        ),
        "survey.q.target_groups": (
            "1.3.1 For which target groups? (separate with |, e.g. long_term_unemployed|disability)",
            "1.3.1 Voor welke doelgroepen? (scheid met |, bv. langdurig_werkzoekenden|handicap)",
        ),
        "survey.q.jobs": (
            "How many jobs (people employed, in FTE)?",
            "Hoeveel banen (tewerkgestelde mensen, in VTE)?",
        ),
        "survey.item.open.P.1": (
            "1.3.1 Why do you do this? What is your vision, what do you aim for?",
            "1.3.1 Waarom oefent u dit uit? Wat is uw visie? Wat beoogt u?",
        ),
        "survey.item.open.P.2": (
            "1.3.2 Which initiatives carry out similar activities? Who brought your cooperations about?",
            "1.3.2 Welke initiatieven oefenen gelijkaardige activiteiten uit? Wie bracht uw samenwerkingen tot stand?",
        ),
        "survey.item.open.P.3": (
            "2.4.1 Do you report to the local government? Formally or informally, mandatory, how often?",
            "2.4.1 Rapporteert u aan het lokaal bestuur? Formeel of informeel, verplicht, hoe vaak?",
        ),
        # the association's questions (today's institutions, issue 24)
        "survey.item.open.A.1": (
            "Which local governments are members, and which of them entrusted their regie for social economy and "
            "work to you?",
            "Welke lokale besturen zijn lid, en welke vertrouwden hun regie voor sociale economie en werk aan u toe?",
        ),
        "survey.item.open.A.2": (
            "For each member: what does the mandate cover — environment analysis (OV), vision and policy (BL), "
            "networking (SA), accounting (VA)? (Column 'mandates' on the ties sheet.)",
            "Per lid: wat dekt het mandaat — omgevingsanalyse (OV), visie en beleid (BL), netwerken (SA), "
            "verantwoording (VA)? (Kolom 'mandaat' op het blad banden.)",
        ),
        "survey.item.open.A.3": (
            "Which actions of the regie decree (WSE-LR1 to WSE-LR4) do you carry out, for whom?",
            "Welke acties van het regiebesluit (WSE-LR1 tot WSE-LR4) voert u uit, en voor wie?",
        ),
        "survey.item.open.A.4": (
            "Is there a local cooperation agreement with VDAB, and who signed it?",
            "Is er een lokale samenwerkingsovereenkomst met VDAB, en wie ondertekende ze?",
        ),
        "survey.item.open.A.5": (
            "How do you account to your member governments: which reports, how often?",
            "Hoe legt u verantwoording af aan uw leden-besturen: welke verslagen, hoe vaak?",
        ),
        "survey.section.0": ("0 Relevant policy instruments", "0 Relevante beleidsinstrumenten"),
        "survey.section.1": (
            "Component 1: overview of the whole situation",
            "Component 1: overzicht over de gehele situatie",
        ),
        "survey.section.2": (
            "Component 2: setting out or organising policy lines for the whole",
            "Component 2: het uitzetten of organiseren van beleidslijnen ten aanzien van het geheel",
        ),
        "survey.section.3": (
            "Component 3: organising commitment and cooperation for the whole",
            "Component 3: het organiseren van inzet en samenwerking met het oog op het geheel",
        ),
        "survey.section.4": (
            "Component 4: accounting for the whole",
            "Component 4: verantwoording over het geheel afleggen",
        ),
        "survey.section.C": ("Some figures", "Enkele cijfers"),
        "survey.section.T": ("Today's questions (not in 2010)", "Vragen van vandaag (niet in 2010)"),
        "survey.section.P": ("Your organisation", "Uw organisatie"),
        "survey.section.A": ("The association (today's institutions)", "Het samenwerkingsverband (vandaag)"),
        # the sheets and columns added by issue 25
        "survey.qcol.on_record": ("On record (please check)", "Gekend (gelieve na te kijken)"),
        "survey.col.reports_to_us": ("2.4.1 It reports to us", "2.4.1 Rapporteert aan ons"),
        "survey.col.capacity": (
            "1.2.2 Seat: on mandate or personal?",
            "1.2.2 Zetel: als afgevaardigde of ten persoonlijke titel?",
        ),
        "survey.col.on_record": ("On record (please check)", "Gekend (gelieve na te kijken)"),
        "survey.col.mandates": (
            "We entrusted our regie to this association (mandate)",
            "We vertrouwden onze regie toe aan dit samenwerkingsverband (mandaat)",
        ),
        "survey.col.mandated_by": (
            "This government entrusted its regie to us (mandate)",
            "Dit bestuur vertrouwde zijn regie aan ons toe (mandaat)",
        ),
        "survey.col.scope": (
            "The mandate covers (OV|BL|SA|VA; blank = all four)",
            "Het mandaat dekt (OV|BL|SA|VA; leeg = alle vier)",
        ),
        "survey.value.capacity.mandate": ("on mandate", "als afgevaardigde"),
        "survey.value.capacity.personal": ("personal", "persoonlijke titel"),
        "survey.sheet.profile": ("organisation", "organisatie"),
        "survey.sheet.brokered": ("brokered", "bemiddeld"),
        "survey.bcol.actor_a": ("Organisation A (id from the list)", "Organisatie A (id uit de lijst)"),
        "survey.bcol.actor_b": ("Organisation B (id from the list)", "Organisatie B (id uit de lijst)"),
        "survey.instructions.brokered": (
            "1.3.2 / 3.2.1 Cooperations between two organisations that your government brought about: one row per "
            "pair, with the ids from the ties sheet. They are recorded as a cooperation 'via' your government.",
            "1.3.2 / 3.2.1 Samenwerkingen tussen twee organisaties die uw bestuur tot stand bracht: één rij per "
            "paar, met de id's van het blad banden. Ze worden opgenomen als samenwerking 'via' uw bestuur.",
        ),
        "survey.on_record": (
            "on record — please check ({source})",
            "gekend — gelieve na te kijken ({source})",
        ),
        "survey.not_prefilled": (
            "not filled in: the value in our data is {source}, not a fact — please answer",
            "niet ingevuld: de waarde in onze gegevens is {source}, geen feit — gelieve te antwoorden",
        ),
        "survey.source_unstated": ("source not stated", "bron niet vermeld"),
        "survey.not_fact.illustrative": ("illustrative", "illustratief"),
        "survey.not_fact.fictional": ("fictional", "fictief"),
        "survey.not_fact.fictitious": ("fictitious", "fictief"),
        "survey.not_fact.invented": ("invented", "verzonnen"),
        "survey.self_report": (
            "SELF-REPORT. This workbook is a self-completion questionnaire. The 2010 study was a structured "
            "interview with the alderman and officials, questions not sent in advance, to measure practice rather "
            "than intentions; answers given here are a self-report and are marked so when waves are compared. "
            "Values already filled in are what is on record, with their source: please check them.",
            "ZELFRAPPORTERING. Deze werkmap is een vragenlijst om zelf in te vullen. Het onderzoek van 2010 was "
            "een gestructureerd interview met de schepen en ambtenaren, zonder de vragen vooraf te bezorgen, om de "
            "praktijk te meten eerder dan de intenties; de antwoorden hier zijn een zelfrapportering en worden zo "
            "gemarkeerd wanneer golven vergeleken worden. Wat al ingevuld is, is wat gekend is, met de bron: "
            "gelieve het na te kijken.",
        ),
        "survey.interview_note": (
            "INTERVIEW. The interviewer fills this workbook in after the interview (guide: {guide}). Nothing is "
            "pre-filled.",
            "INTERVIEW. De interviewer vult deze werkmap in na het interview (leidraad: {guide}). Niets is vooraf "
            "ingevuld.",
        ),
        "survey.readme.prefill": (
            "\nPre-filling ({method}):\n"
            "  {filled} {filled|answer|answers} pre-filled as 'on record — please check', from these sources:\n"
            "{sources}"
            "  {skipped} {skipped|value was|values were} left blank because the data marks {skipped|it|them} as "
            "illustrative or fictional.\n"
            "Keep {key} in this folder and do not send it: 'survey collect' needs it to check that each returned\n"
            "workbook is the one made for its respondent.\n",
            "\nVooraf ingevuld ({method}):\n"
            "  {filled} {filled|antwoord|antwoorden} vooraf ingevuld als 'gekend — gelieve na te kijken', uit deze "
            "bronnen:\n"
            "{sources}"
            "  {skipped} {skipped|waarde bleef|waarden bleven} leeg omdat de gegevens {skipped|ze|ze} als "
            "illustratief of fictief aanduiden.\n"
            "Bewaar {key} in deze map en verstuur het niet: 'survey collect' heeft het nodig om na te gaan dat elke\n"
            "teruggestuurde werkmap die is die voor haar respondent gemaakt werd.\n",
        ),
        "survey.method.self": ("self-report (workbook)", "zelfrapportering (werkmap)"),
        "diff.method_note": (
            "Note: the waves were gathered differently — old: {old}; new: {new}. The 2010 study was a structured "
            "interview; a self-report measures intentions as much as practice: read differences with care.",
            "Let op: de golven werden anders verzameld — oud: {old}; nieuw: {new}. Het onderzoek van 2010 was een "
            "gestructureerd interview; een zelfrapportering meet intenties evengoed als praktijk: lees verschillen "
            "met zorg.",
        ),
        "survey.method.interview": ("interview (guide, then workbook)", "interview (leidraad, dan werkmap)"),
        "opt.survey.method": (
            "self: a self-completion workbook per respondent (pre-filled with what is on record); interview: "
            "also a printable interview guide per government, and workbooks with nothing pre-filled for the "
            "interviewer to fill in afterwards.",
            "self: een werkmap per respondent om zelf in te vullen (vooraf ingevuld met wat gekend is); "
            "interview: ook een afdrukbare interviewleidraad per bestuur, en werkmappen zonder vooraf ingevulde "
            "antwoorden die de interviewer nadien invult.",
        ),
        "opt.survey.key": (
            "The signing key 'survey make' wrote (survey.key, or the folder holding it); default: looked for "
            "beside the returned workbooks and in their parent folder.",
            "De sleutel die 'survey make' schreef (survey.key, of de map die hem bevat); standaard: gezocht naast "
            "de teruggestuurde werkmappen en in hun bovenliggende map.",
        ),
        "survey.out_is_data": (
            "refusing to write workbooks to {path}: it is (or is inside) the data folder {data}; choose another "
            "folder.",
            "{path} wordt niet gebruikt voor de werkmappen: het is (of ligt in) de gegevensmap {data}; kies een "
            "andere map.",
        ),
        "survey.no_key": (
            "no signing key found (survey.key, written by 'survey make'); pass --key with the file or the folder "
            "the workbooks were made in.",
            "geen sleutel gevonden (survey.key, geschreven door 'survey make'); geef --key met het bestand of de "
            "map waarin de werkmappen gemaakt zijn.",
        ),
        "survey.bad_key": (
            "{path} is not a survey key made by 'survey make' (64 hexadecimal characters).",
            "{path} is geen sleutel van 'survey make' (64 hexadecimale tekens).",
        ),
        "survey.guide.title": ("Interview guide — {name}", "Interviewleidraad — {name}"),
        "survey.guide.intro": (
            "Structured interview with the alderman and the officials, as in 2010: do not send the questions in "
            "advance — the aim is to measure practice rather than intentions. Ask in this order; write the "
            "answers in the space under each question, then fill in the workbook {workbook} (nothing is "
            "pre-filled). Survey year {year}.",
            "Gestructureerd interview met de schepen en de ambtenaren, zoals in 2010: bezorg de vragen niet vooraf "
            "— het doel is de praktijk te meten eerder dan de intenties. Vraag in deze volgorde; schrijf de "
            "antwoorden in de ruimte onder elke vraag en vul daarna de werkmap {workbook} in (niets is vooraf "
            "ingevuld). Jaar van de bevraging {year}.",
        ),
        "survey.guide.ties": (
            "Ask also, per organisation on the ties sheet: {ties}.",
            "Vraag ook, per organisatie op het blad banden: {ties}.",
        ),
        "survey.guide.answer": ("Answer", "Antwoord"),
        "survey.guide.notes": ("Ties named in the interview", "Banden genoemd in het interview"),
        "survey.guide.roster": ("Organisations to ask about", "Organisaties om naar te vragen"),
        "survey.guide.roster_intro": (
            "The organisations on the ties sheet of the workbook. Per organisation: founded, seat (on mandate or "
            "personal), client, support (amount), agreement, consulted, informed, reports to you, forum, account "
            "— note what is said, then fill in the workbook.",
            "De organisaties op het blad banden van de werkmap. Per organisatie: opgericht, zetel (als "
            "afgevaardigde of ten persoonlijke titel), klant, steun (bedrag), overeenkomst, betrokken, "
            "geïnformeerd, rapporteert aan u, overleg, verantwoording — noteer wat gezegd wordt en vul daarna de "
            "werkmap in.",
        ),
        "survey.guide.present": ("Present at the interview", "Aanwezig op het interview"),
        "survey.guide.date": ("Date", "Datum"),
        "survey.guide.interviewer": ("Interviewer", "Interviewer"),
        "survey.answers.title": (
            "Open answers of the survey ({n} {n|answer|answers})",
            "Open antwoorden van de bevraging ({n} {n|antwoord|antwoorden})",
        ),
        "survey.answers.method_note": (
            "Method: {method}. The 2010 baseline was a structured interview; a self-report wave is not "
            "comparable with it as an equal.",
            "Methode: {method}. De nulmeting van 2010 was een gestructureerd interview; een golf met "
            "zelfrapportering is daar niet als gelijke mee te vergelijken.",
        ),
        "survey.report.answers": (
            "Open answers and time figures kept in answers.csv: {n} (regienet report -m shows them).",
            "Open antwoorden en tijdsbestedingen bewaard in answers.csv: {n} (regienet report -m toont ze).",
        ),
        "survey.report.method": ("Method: {method}", "Methode: {method}"),
        "survey.report.brokered": (
            "Cooperations brought about by a government (cooperation via): {n}",
            "Samenwerkingen tot stand gebracht door een bestuur (samenwerking via): {n}",
        ),
        "problem.survey_too_large": (
            "the workbook declares more than the limit of {limit} ({what}); it is not read.",
            "de werkmap vermeldt meer dan de grens van {limit} ({what}); ze wordt niet gelezen.",
        ),
        "hint.survey_too_large": (
            "A returned survey workbook is small; ask the respondent for the workbook as it was sent, answered.",
            "Een teruggestuurde werkmap is klein; vraag de respondent de werkmap zoals ze verstuurd werd, ingevuld.",
        ),
        "problem.survey_too_many_rows": (
            "cell {cell}: the sheet has more than {limit} rows; it is not read further.",
            "cel {cell}: het blad heeft meer dan {limit} rijen; het wordt niet verder gelezen.",
        ),
        "hint.survey_too_many_rows": (
            "Delete the rows below the table, or ask the respondent for the workbook as it was sent.",
            "Verwijder de rijen onder de tabel, of vraag de respondent de werkmap zoals ze verstuurd werd.",
        ),
        "problem.survey_signature": (
            "cell {cell}: the workbook's keys (respondent, year, data or sheets) were changed after 'survey make': "
            "its signature does not match.",
            "cel {cell}: de sleutels van de werkmap (respondent, jaar, gegevens of bladen) werden gewijzigd na "
            "'survey make': de handtekening klopt niet.",
        ),
        "hint.survey_signature": (
            "Use the workbook as it was made for this respondent, or make it again with 'regienet survey make'; "
            "collect with --key the survey.key of the folder the workbooks were made in.",
            "Gebruik de werkmap zoals ze voor deze respondent gemaakt werd, of maak ze opnieuw met 'regienet survey "
            "make'; gebruik bij collect --key met de survey.key van de map waarin de werkmappen gemaakt zijn.",
        ),
        "problem.survey_bad_figure": (
            "cell {cell}: '{value}' is not a number from 0 to {top}.",
            "cel {cell}: '{value}' is geen getal van 0 tot {top}.",
        ),
        "hint.survey_bad_figure": (
            "Type a percentage such as 20; leave blank when unknown.",
            "Typ een percentage zoals 20; laat leeg als het niet gekend is.",
        ),
        "problem.survey_bad_figure_open": (
            "cell {cell}: '{value}' is not a number of 0 or more.",
            "cel {cell}: '{value}' is geen getal van 0 of meer.",
        ),
        "hint.survey_bad_figure_open": (
            "Type a number such as 2.5 (FTE) or 15000 (EUR); leave blank when unknown.",
            "Typ een getal zoals 2,5 (VTE) of 15000 (EUR); laat leeg als het niet gekend is.",
        ),
        "problem.survey_bad_workbook": (
            "the workbook could not be read ({reason}).",
            "de werkmap kon niet gelezen worden ({reason}).",
        ),
        "hint.survey_bad_workbook": (
            "Save it again as .xlsx in Excel or LibreOffice, or ask the respondent for the workbook as it was sent.",
            "Bewaar ze opnieuw als .xlsx in Excel of LibreOffice, of vraag de respondent de werkmap zoals ze "
            "verstuurd werd.",
        ),
        "problem.survey_unknown_pair": (
            "cell {cell}: '{value}' is not the id of an enterprise or support organisation on the ties sheet.",
            "cel {cell}: '{value}' is geen id van een sociale onderneming of ondersteunende organisatie op het blad "
            "banden.",
        ),
        "hint.survey_unknown_pair": (
            "Copy the id from the ties sheet's first column.",
            "Kopieer het id uit de eerste kolom van het blad banden.",
        ),
        "guide.col.actors.staff_fte_lead": (
            "own staff released for work and SE, managerial, in FTE (questionnaire: Enkele cijfers)",
            "eigen vrijgestelde medewerkers voor werk en SE, leidinggevend, in VTE (vragenlijst: Enkele cijfers)",
        ),
        "guide.col.actors.staff_fte_exec": (
            "own staff released for work and SE, executive, in FTE (Enkele cijfers)",
            "eigen vrijgestelde medewerkers voor werk en SE, uitvoerend, in VTE (Enkele cijfers)",
        ),
        "guide.col.actors.budget_policy_eur": (
            "money spent per year on policy for work and SE, in euro (Enkele cijfers: beleidsmatig)",
            "middelen per jaar beleidsmatig ingezet voor werk en SE, in euro (Enkele cijfers)",
        ),
        "guide.col.actors.budget_own_actor_eur": (
            "money per year for the government's own actors, in euro (Enkele cijfers: eigen bestuur als actor)",
            "middelen per jaar voor het eigen bestuur als actor, in euro (Enkele cijfers)",
        ),
        "guide.col.actors.budget_third_parties_eur": (
            "money per year supporting third-party actors, in euro (Enkele cijfers: ondersteuning derden-actoren)",
            "middelen per jaar ter ondersteuning van derden-actoren, in euro (Enkele cijfers)",
        ),
    }
)

# ---- issue 24: today's institutions (association, mandates and their scope, plans.csv, maatwerkbedrijf,
# the integrated local government, the second bundled example)
MESSAGES.update(
    {
        "kind.association": ("association of municipalities", "samenwerkingsverband van gemeenten"),
        "kinds.association": ("associations of municipalities", "samenwerkingsverbanden van gemeenten"),
        "relation.mandates": ("mandates (regie entrusted to)", "mandateert (regie toevertrouwd aan)"),
        "kinds.plans": ("plan actions", "acties in beleidsplannen"),
        "kind.plans": ("plan action", "actie in een beleidsplan"),
        "map.value.subtype.maatwerkbedrijf": ("maatwerkbedrijf (custom-work company)", "maatwerkbedrijf"),
        "region.regie_title": (
            "Who carries the regie (mandates to associations, own regie)",
            "Wie draagt de regie (mandaten aan samenwerkingsverbanden, eigen regie)",
        ),
        "region.regie_mandate": ("{association} on mandate for {scope}", "{association} met mandaat voor {scope}"),
        "region.scope_all": ("all four components", "alle vier componenten"),
        "region.regie_own": ("regie work of its own{codes}", "eigen regiewerk{codes}"),
        "region.regie_codes": (" (plan: {codes})", " (plan: {codes})"),
        "region.regie_none": (
            "No regie arrangement at all in {n} {n|municipality|municipalities} — no mandate, no regie work of "
            "{n|its|their} own: {names}.",
            "Helemaal geen regieregeling in {n} {n|gemeente|gemeenten} — geen mandaat, geen eigen regiewerk: {names}.",
        ),
        "governance.note.mandate": (
            "{hub} governs the network on the municipality's mandate ({scope}): regie by mandate, a network "
            "administrative organisation the municipalities set up themselves.",
            "{hub} stuurt het netwerk met een mandaat van de gemeente ({scope}): regie via mandaat, een "
            "netwerkorganisatie die de gemeenten zelf oprichtten.",
        ),
        "levels.via_mandate": ("via {names} (mandate)", "via {names} (mandaat)"),
        "levels.from_plans": (
            "— from the multi-year plan (plans.csv): {codes}",
            "— uit het meerjarenplan (plans.csv): {codes}",
        ),
        "init.example.association": ("Example regie association", "Regieverband Voorbeeld"),
        "init.plan.lr1": (
            "Local regisseur for social economy and work; environment analysis",
            "Lokale regisseur sociale economie en werk; omgevingsanalyse",
        ),
        "init.plan.lr4": (
            "Local cooperation agreement with VDAB",
            "Lokaal samenwerkingsakkoord met VDAB",
        ),
        "guide.v.regie_body_ref": (
            "id of a municipality, OCMW or association",
            "id van een gemeente, OCMW of samenwerkingsverband",
        ),
        "guide.col.relations.scope": (
            "on mandates: the components entrusted to the association (OV|BL|SA|VA); blank = all four",
            "bij mandates: de componenten die aan het samenwerkingsverband zijn toevertrouwd (OV|BL|SA|VA); leeg = alle vier",
        ),
        "guide.rel.mandates": (
            "the government entrusted (part of) its regie to the association (column scope: which components)",
            "het bestuur vertrouwde (een deel van) zijn regie toe aan het samenwerkingsverband (kolom scope: welke componenten)",
        ),
        "guide.plans_title": ("plans.csv (optional)", "plans.csv (optioneel)"),
        "guide.plans_intro": (
            "The actions of the multi-year plans (meerjarenplan), one row per action. When this file is there, "
            "the policy lines (BL) are read from the actions and their codes instead of the self-reported answers "
            "se_in_plans and se_goals. The regie decree's codes are WSE-LR1 (taking up the regie role), WSE-LR2 "
            "(employment of people far from the labour market), WSE-LR3 (social entrepreneurship) and WSE-LR4 "
            "(partnerships with VDAB and a local cooperation agreement). Leave the file out if you have no plans to enter.",
            "De acties van de meerjarenplannen, één rij per actie. Staat dit bestand er, dan worden de beleidslijnen "
            "(BL) gelezen uit de acties en hun codes in plaats van uit de zelfgerapporteerde antwoorden se_in_plans en "
            "se_goals. De codes van het regiebesluit zijn WSE-LR1 (opnemen van de regierol), WSE-LR2 (tewerkstelling "
            "van personen met een grote afstand tot de arbeidsmarkt), WSE-LR3 (sociaal ondernemerschap) en WSE-LR4 "
            "(partnerschappen met VDAB en een lokaal samenwerkingsakkoord). Laat het bestand weg als u geen plannen invult.",
        ),
        "guide.col.plans.government": (
            "the municipality, OCMW or association whose plan holds the action",
            "de gemeente, het OCMW of het samenwerkingsverband in wiens plan de actie staat",
        ),
        "guide.col.plans.code": (
            "reporting code: WSE-LR1 … WSE-LR4 (regie decree), another code or free text",
            "rapporteringscode: WSE-LR1 … WSE-LR4 (regiebesluit), een andere code of vrije tekst",
        ),
        "guide.col.plans.title": ("the action as the plan names it", "de actie zoals het plan ze noemt"),
        "guide.col.plans.year": ("the year the action starts", "het jaar waarin de actie start"),
        "guide.col.plans.budget_eur": (
            "budget of the action per year (blank: no budget known)",
            "budget van de actie per jaar (leeg: geen budget gekend)",
        ),
        "guide.col.plans.provenance": ("where the row comes from", "waar de rij vandaan komt"),
        "problem.plan_not_government": (
            "'{value}' is a {actual}; a plan belongs to a municipality, an OCMW or an association.",
            "'{value}' is een {actual}; een plan hoort bij een gemeente, een OCMW of een samenwerkingsverband.",
        ),
        "hint.plan_not_government": (
            "Write the id of the government (or association) whose multi-year plan holds the action.",
            "Schrijf de id van het bestuur (of samenwerkingsverband) in wiens meerjarenplan de actie staat.",
        ),
        "problem.unknown_plan_code": (
            "'{value}' looks like a regie code but is not one of the regie decree's four.",
            "'{value}' lijkt op een regiecode maar is geen van de vier van het regiebesluit.",
        ),
        "hint.unknown_plan_code": (
            "Use one of: {allowed}; another code (WVG100) or free text is kept as written.",
            "Gebruik een van: {allowed}; een andere code (WVG100) of vrije tekst blijft zoals geschreven.",
        ),
        "opt.example": (
            "Use a bundled example instead of --data: zwvl (the 2010 reconstruction, the default) or today "
            "(a fictional region in today's institutions: a regie association on mandate, plans.csv).",
            "Gebruik een meegeleverd voorbeeld in plaats van --data: zwvl (de reconstructie van 2010, standaard) "
            "of today (een fictieve regio in de instellingen van vandaag: een regieverband met mandaat, plans.csv).",
        ),
        "cli.example_and_data": (
            "--example and --data both name the data; give one of them.",
            "--example en --data noemen allebei de gegevens; geef er één van.",
        ),
    }
)

# ---- issue 28: click's own strings, brokerage roles in the report, whole Dutch sentences -----------------------
# click writes "Usage:", "Options:", "[default: …]" and its usage errors through gettext; regienet.cli.localized
# hands those texts to these entries (click.* keys; the placeholders are click's own).
MESSAGES.update(
    {
        "click.usage": ("Usage:", "Gebruik:"),
        "click.options": ("Options", "Opties"),
        "click.commands": ("Commands", "Commando's"),
        "click.positional": ("Positional arguments", "Positionele argumenten"),
        "click.version_help": ("Show the version and exit.", "Toon de versie en stop."),
        "click.help_help": ("Show this message and exit.", "Toon deze uitleg en stop."),
        "click.version": ("%(prog)s, version %(version)s", "%(prog)s, versie %(version)s"),
        "click.default": ("default: {default}", "standaard: {default}"),
        "click.env_var": ("env var: {var}", "omgevingsvariabele: {var}"),
        "click.required": ("required", "verplicht"),
        "click.dynamic": ("(dynamic)", "(berekend)"),
        "click.deprecated": ("deprecated", "verouderd"),
        "click.aborted": ("Aborted!", "Afgebroken."),
        "click.error": ("Error: {message}", "Fout: {message}"),
        "click.try_help": ("Try '{command} {option}' for help.", "Meer uitleg: '{command} {option}'."),
        "click.missing_command": ("Missing command.", "Er ontbreekt een commando."),
        "click.missing_argument": ("Missing argument", "Er ontbreekt een argument"),
        "click.missing_option": ("Missing option", "Er ontbreekt een optie"),
        "click.missing_parameter": ("Missing parameter", "Er ontbreekt een parameter"),
        "click.missing_parameter_name": ("Missing parameter: {param_name}", "Er ontbreekt een parameter: {param_name}"),
        "click.missing_type": ("Missing {param_type}", "Ontbrekende {param_type}"),
        "click.no_such_option": ("No such option {name!r}.", "Onbekende optie {name!r}."),
        "click.no_such_command": ("No such command {name!r}.", "Onbekend commando {name!r}."),
        "click.invalid_value_for": (
            "Invalid value for {param_hint}: {message}",
            "Ongeldige waarde voor {param_hint}: {message}",
        ),
        "click.invalid_value": ("Invalid value: {message}", "Ongeldige waarde: {message}"),
        "click.unknown_error": ("unknown error", "onbekende fout"),
        "click.no_value": ("Option {name!r} does not take a value.", "Optie {name!r} neemt geen waarde."),
        "click.did_you_mean": ("Did you mean {possibility}?", "Bedoelde u {possibility}?"),
        "click.did_you_mean_many": (
            "(Did you mean one of: {possibilities}?)",
            "(Bedoelde u een van: {possibilities}?)",
        ),
        "click.extra_argument": ("Got unexpected extra argument ({args})", "Onverwacht extra argument ({args})"),
        "click.extra_arguments": ("Got unexpected extra arguments ({args})", "Onverwachte extra argumenten ({args})"),
        "click.requires_argument": ("Option {name!r} requires an argument.", "Optie {name!r} vraagt een waarde."),
        "click.requires_arguments": (
            "Option {name!r} requires {nargs} arguments.",
            "Optie {name!r} vraagt {nargs} waarden.",
        ),
        "click.not_choice": ("{value!r} is not {choice}.", "{value!r} is niet {choice}."),
        "click.not_choices": (
            "{value!r} is not one of {choices}.",
            "{value!r} is geen geldige keuze; kies uit {choices}.",
        ),
        "click.not_in_range": ("{value} is not in the range {range}.", "{value} ligt niet in het bereik {range}."),
        "click.not_number": (
            "{value!r} is not a valid {number_type}.",
            "{value!r} is geen geldig getal ({number_type}).",
        ),
        "click.not_boolean": (
            "{value!r} is not a valid boolean. Recognized values: {states}",
            "{value!r} is geen geldige ja/nee-waarde. Gekende waarden: {states}",
        ),
        "click.path_missing": ("{name} {filename!r} does not exist.", "{name} {filename!r} bestaat niet."),
        "click.path_is_file": ("{name} {filename!r} is a file.", "{name} {filename!r} is een bestand."),
        "click.path_is_dir": ("{name} {filename!r} is a directory.", "{name} {filename!r} is een map."),
        "click.path_unreadable": ("{name} {filename!r} is not readable.", "{name} {filename!r} is niet leesbaar."),
        "click.path_unwritable": ("{name} {filename!r} is not writable.", "{name} {filename!r} is niet schrijfbaar."),
        "click.word_file": ("file", "bestand"),
        "click.word_directory": ("directory", "map"),
        "click.word_path": ("path", "pad"),
        "click.could_not_open": (
            "Could not open file {filename!r}: {message}",
            "Kon bestand {filename!r} niet openen: {message}",
        ),
        "click.confirm": ("Do you want to continue?", "Wilt u doorgaan?"),
        "click.options_metavar": ("[OPTIONS]", "[OPTIES]"),
        # the placeholders of option values in --help (metavar=…), where a word
        "metavar.FILE": ("FILE", "BESTAND"),
        "metavar.DIR": ("DIR", "MAP"),
        "metavar.PATH": ("PATH", "PAD"),
        "metavar.YEAR": ("YEAR", "JAAR"),
        "metavar.CODES": ("CODES", "CODES"),
        "metavar.SHAPE": ("SHAPE", "VORM"),
        "metavar.M:RULE=REASON": ("M:RULE=REASON", "M:REGEL=REDEN"),
        "metavar.SOURCE TARGET KIND": ("SOURCE TARGET KIND", "BRON DOEL SOORT"),
        "metavar.RESPONSES…": ("RESPONSES…", "ANTWOORDEN…"),
        # Gould & Fernandez's five brokerage roles, counted in the report's network-in-numbers line: how many
        # open two-paths the governments broker in each role, with what the role means in this network
        # the governance evidence of `report -m`: who takes part in the local network the mode is computed on
        "governance.participants": (
            "{n} {n|participant|participants}, the actors with a tie or coupling in it ({isolated|1 of the {actors} actors working here has none|{isolated} of the {actors} actors working here have none|all {actors} actors working here take part})",
            "{n} {n|deelnemer|deelnemers}, de actoren met een band of koppeling daarin ({isolated|1 van de {actors} actoren die hier actief zijn, heeft er geen|{isolated} van de {actors} actoren die hier actief zijn, hebben er geen|alle {actors} actoren die hier actief zijn, doen mee})",
        ),
        # where the two networks of the report seem to disagree: say why (issue 28.3)
        "report.networks_differ": (
            "This does not contradict {groups|the one group|the {groups} groups|the groups} under The network in numbers: that count takes every coupling, the region's own too (regional actors working together, other municipalities' forums), while the local network counts only the couplings that are this municipality's work; hence also the two densities ({d0} among all {actors} actors, {d} among the participants).",
            "Dat spreekt {groups|de ene groep|de {groups} groepen|de groepen} onder Het netwerk in cijfers niet tegen: die telling neemt elke koppeling, ook die van de regio (regionale actoren onder elkaar, overleggen van andere gemeenten), terwijl het lokale netwerk enkel de koppelingen telt die het werk van deze gemeente zijn; vandaar ook de twee dichtheden ({d0} tussen alle {actors} actoren, {d} tussen de deelnemers).",
        ),
        "report.density_drops": (
            "With the governments the density drops ({d0} → {d1}): they add {pairs} possible pairs but only {links} {links|tie|ties}. Density is the share of possible pairs that are linked, so a node with few ties lowers it even when it links actors; the number of groups shows whether it does.",
            "Met de besturen erbij daalt de dichtheid ({d0} → {d1}): ze voegen {pairs} mogelijke paren toe, maar {links|slechts één band|slechts {links} banden|geen enkele band}. Dichtheid is het aandeel van de mogelijke paren dat verbonden is; een knoop met weinig banden verlaagt ze, ook als hij actoren verbindt — het aantal groepen toont of hij dat doet.",
        ),
        # the glossary's entries for the governance evidence (regienet.glossary.GLOSSARY; report JSON
        # governance.evidence): the local network, its participants and its figures, apart from those above
        "metric.governance.participants": (
            "Participants of the local network the governance mode is computed on (the ties by which the governments govern — not a purchase, funding, agreement or referral — and only the couplings that are this municipality's work, not the region's own): the actors working here with a tie or such a coupling — fewer than the actors working here when some have neither.",
            "Deelnemers aan het lokale netwerk waarop de vorm van netwerksturing berekend wordt (de banden waarmee de besturen sturen — geen aankoop, financiering, overeenkomst of doorverwijzing — en enkel de koppelingen die het werk van deze gemeente zijn, niet die van de regio): de actoren die hier actief zijn met een band of zo'n koppeling — minder dan de actoren die hier actief zijn als sommigen geen van beide hebben.",
        ),
        "metric.governance.isolated_actors": (
            "Actors working here that take no part in the local network: no tie with the governments and no coupling that is this municipality's work.",
            "Actoren die hier actief zijn maar niet deelnemen aan het lokale netwerk: geen band met de besturen en geen koppeling die het werk van deze gemeente is.",
        ),
        "metric.governance.actor_density": (
            "Density among the participants of the local network, the governments left out: only this municipality's couplings count, among fewer actors — not the density over every coupling (the region's own too) of The network in numbers, and it may be higher or lower than that one.",
            "Dichtheid tussen de deelnemers aan het lokale netwerk, zonder de besturen: enkel de koppelingen van deze gemeente tellen, tussen minder actoren — niet de dichtheid over elke koppeling (ook die van de regio) onder Het netwerk in cijfers, en ze kan hoger of lager liggen dan die.",
        ),
        "metric.governance.cut_government": (
            "Share of the connected actor pairs of the local network that reach each other only through the local government: what that network loses without it.",
            "Aandeel van de verbonden actorparen in het lokale netwerk die elkaar enkel via het lokaal bestuur bereiken: wat dat netwerk zonder het bestuur verliest.",
        ),
        "metric.governance.degree_centralisation": (
            "Freeman centralisation of the local network by degree: 0 = every node has as many ties, 1 = a star around one node.",
            "Centralisatie (Freeman) van het lokale netwerk naar aantal banden: 0 = elke knoop heeft evenveel banden, 1 = een ster rond één knoop.",
        ),
        "metric.governance.betweenness_centralisation": (
            "Freeman centralisation of the local network by betweenness: 0 = no node stands between others more than the rest, 1 = every path runs through one node.",
            "Centralisatie (Freeman) van het lokale netwerk naar tussenpositie: 0 = geen knoop staat meer tussen de andere dan de rest, 1 = elk pad loopt via één knoop.",
        ),
        # `regienet docs [TOPIC]`: the documentation pages, shipped in the wheel
        "short.docs": (
            "Print a documentation page (also after pip install).",
            "Toon een documentatiepagina (ook na pip install).",
        ),
        "help.docs": (
            "Print a page of the documentation as Markdown: TOPIC is its name (configuration, data-format, "
            "survey …); without TOPIC, the list of pages. Messages and --help name pages this way, and the "
            "pages ship with the package, so they are there after pip install too.\n\n"
            "Example:\n\n    regienet docs configuration",
            "Toon een pagina van de documentatie als Markdown: TOPIC is haar naam (configuration, "
            "data-format, survey …); zonder TOPIC de lijst van pagina's. Meldingen en --help verwijzen zo naar "
            "pagina's, en de pagina's worden met het pakket meegeleverd, dus ze zijn er ook na pip install.\n\n"
            "Voorbeeld:\n\n    regienet docs configuration",
        ),
        "opt.docs_path": (
            "Print where the page is instead of the page.",
            "Toon waar de pagina staat in plaats van de pagina.",
        ),
        "docs.topics": ("Documentation pages (regienet docs TOPIC):", "Documentatiepagina's (regienet docs TOPIC):"),
        "docs.hint": (
            "The pages are in English; the --help of every command and its output follow --lang.",
            "De pagina's zijn in het Engels; de --help van elk commando en zijn uitvoer volgen --lang.",
        ),
        "docs.unknown_topic": (
            "no documentation page '{topic}'. Did you mean '{near}'? Pages: {known}.",
            "geen documentatiepagina '{topic}'. Bedoelde u '{near}'? Pagina's: {known}.",
        ),
        "docs.unknown_topic_far": (
            "no documentation page '{topic}'. Pages: {known}.",
            "geen documentatiepagina '{topic}'. Pagina's: {known}.",
        ),
        # the funding part of the report's own-actors line: the share, or why there is none
        "report.funding_share": ("{share} of the funding in euros", "{share} van de financiering in euro"),
        "report.funding_unknown": (
            "share of the funding unknown (no funding, or an amount left blank)",
            "aandeel van de financiering onbekend (geen financiering, of een bedrag niet ingevuld)",
        ),
        # the level ranges of the report CSV (OV_low … VA_high), one entry for the four components
        "metric.level_low": (
            "Lowest level the component can have while answers are left blank (the first number of the text's 0–1; equal to the level when nothing is unknown; blank when not applicable).",
            "Laagste niveau dat de component kan hebben zolang antwoorden leeg zijn (het eerste getal van 0–1 in de tekst; gelijk aan het niveau als niets onbekend is; leeg als niet van toepassing).",
        ),
        "metric.level_high": (
            "Highest level the component can have while answers are left blank (the second number of the text's 0–1).",
            "Hoogste niveau dat de component kan hebben zolang antwoorden leeg zijn (het tweede getal van 0–1 in de tekst).",
        ),
        "opt.csv_dialect": (
            "CSV for: standard (',', decimal point, as scripts and pandas read it) or excel-nl (';', decimal "
            "comma, UTF-8 BOM: a Belgian or Dutch Excel opens it in columns).",
            "CSV voor: standard (',', decimaalpunt, zoals scripts en pandas het lezen) of excel-nl (';', "
            "decimaalkomma, UTF-8-BOM: een Belgische of Nederlandse Excel opent het in kolommen).",
        ),
        "validate.warn.no_operates_in": (
            "operates_in is missing or empty for all {n} enterprises and support organisations: each then "
            "counts only in its seat municipality (the column municipality), a regional actor in one municipality "
            "only, and every level and figure changes. Fill in operates_in in actors.csv: the municipality ids "
            "where the actor works, separated by '|', or '*' for all ('regienet docs data-format').",
            "operates_in ontbreekt of is leeg voor alle {n} ondernemingen en ondersteunende organisaties: elk telt "
            "dan enkel in de gemeente van zijn zetel (kolom municipality), een regionale actor in één gemeente, en "
            "elk niveau en cijfer verandert. Vul operates_in in actors.csv in: de id's van de gemeenten waar de "
            "actor werkt, gescheiden door '|', of '*' voor alle ('regienet docs data-format').",
        ),
        "report.role_count.coordinator": (
            "{n} as coordinator (all three in one group)",
            "{n} als coördinator (alle drie in dezelfde groep)",
        ),
        "report.role_count.itinerant": (
            "{n} as itinerant broker (two actors of one group, linked by an outsider)",
            "{n} als consultant (twee actoren van dezelfde groep, verbonden door een buitenstaander)",
        ),
        "report.role_count.representative": (
            "{n} as representative (speaking for its own group to another)",
            "{n} als vertegenwoordiger (namens de eigen groep naar een andere)",
        ),
        "report.role_count.gatekeeper": (
            "{n} as gatekeeper (letting another group into its own)",
            "{n} als poortwachter (een andere groep binnenlaten in de eigen)",
        ),
        "report.role_count.liaison": (
            "{n} as liaison (actors of two different groups)",
            "{n} als liaison (actoren van twee verschillende groepen)",
        ),
        # `explain CODE`: the rule's summary made a whole sentence (the summary is written to follow "In 4 of
        # the 13 municipalities …", verb first in Dutch)
        "explain.what_municipality": ("{what}: {summary}.", "{what}: in de gemeente {summary}."),
        "explain.what_region": ("{what}: {summary}.", "{what}: {summary}."),
    }
)

# ---- issue 26: faults that end cleanly (workers, exit codes, Ctrl-C, config ranges, escaping)
MESSAGES.update(
    {
        "jobs.worker_lost": (
            "a --jobs worker process was lost ({reason}); this process finishes its municipalities (same result).",
            "een --jobs-werkproces ging verloren ({reason}); dit proces werkt zijn gemeenten af (zelfde resultaat).",
        ),
        "cli.interrupted": (
            "Interrupted (Ctrl-C): no output file was written or changed.",
            "Onderbroken (Ctrl-C): er werd geen uitvoerbestand geschreven of gewijzigd.",
        ),
        "cli.terminated": (
            "Stopped (SIGTERM): no output file was written or changed.",
            "Gestopt (SIGTERM): er werd geen uitvoerbestand geschreven of gewijzigd.",
        ),
        "cli.stdout": ("standard output", "standaarduitvoer"),
        "cli.os_error": ("cannot use {path}: {reason}.", "kan {path} niet gebruiken: {reason}."),
        "cli.not_a_year": (
            "'{value}' is not a year: give a year from {first} to {last}.",
            "'{value}' is geen jaartal: geef een jaar van {first} tot {last}.",
        ),
        "year.outside_data": (
            "--year {year} lies outside the years in the data ({first}–{last}): give a year from {low} to {high} "
            "(any year before or after those shows the network of {low} or {high}).",
            "--year {year} valt buiten de jaren in de gegevens ({first}–{last}): geef een jaar van {low} tot {high} "
            "(elk jaar ervoor of erna toont het netwerk van {low} of {high}).",
        ),
        "problem.duplicate_relation": (
            "this relation repeats line {first} exactly, cell for cell.",
            "deze relatie herhaalt regel {first} exact, cel voor cel.",
        ),
        "hint.duplicate_relation": (
            "Remove the repeated line: a tie counts once (give it its own since/until or note if it is a different tie).",
            "Verwijder de herhaalde regel: een band telt één keer (geef ze een eigen since/until of note als het een andere band is).",
        ),
        "problem.duplicate_relation_more": (
            "{n} more {n|relation repeats|relations repeat} an earlier line exactly.",
            "nog {n} {n|relatie herhaalt|relaties herhalen} een eerdere regel exact.",
        ),
        "hint.duplicate_relation_more": (
            "Remove repeated lines, e.g. with a spreadsheet's 'remove duplicates', then run again.",
            "Verwijder herhaalde regels, bv. met 'duplicaten verwijderen' in een rekenblad, en probeer opnieuw.",
        ),
        "config.not_utf8": (
            "{file}:{line}: not UTF-8 text (byte {byte}). Save the file as UTF-8.",
            "{file}:{line}: geen UTF-8-tekst (byte {byte}). Bewaar het bestand als UTF-8.",
        ),
        "config.too_deep": (
            "{file} is not valid TOML for regienet: its values are nested too deeply (settings are at most three levels deep).",
            "{file} is geen bruikbare TOML voor regienet: de waarden zijn te diep genest (instellingen zijn hoogstens drie niveaus diep).",
        ),
        "config.too_big": (
            "{file} is larger than {limit} bytes: that is not a settings file.",
            "{file} is groter dan {limit} bytes: dat is geen instellingenbestand.",
        ),
        "config.bad_value_huge": (
            "{file}: '{key}' = {start}… (a number of {digits} digits) is not allowed; expected {allowed}.",
            "{file}: '{key}' = {start}… (een getal van {digits} cijfers) is niet toegelaten; verwacht: {allowed}.",
        ),
    }
)

# ---- issue 28 (pictures): text alternative of the maps, region handout diagram and annex, large maps
MESSAGES.update(
    {
        "map.ui.text_view": ("Map as text", "Kaart als tekst"),
        "map.ui.map_view": ("Back to the map", "Terug naar de kaart"),
        "map.ui.text_title": ("The map as text", "De kaart als tekst"),
        "map.ui.text_filter": ("Filter the lists", "Filter de lijsten"),
        "map.ui.text_filter_placeholder": ("name, kind, municipality…", "naam, soort, gemeente…"),
        "map.ui.col_name": ("Name", "Naam"),
        "map.ui.col_description": ("What", "Wat"),
        "map.ui.col_municipality": ("Municipality", "Gemeente"),
        "map.ui.col_level": ("Level", "Niveau"),
        "map.ui.col_tie": ("Tie or gap", "Band of hiaat"),
        "map.ui.col_between": ("Between", "Tussen"),
        "map.ui.text_actors": ("Actors in view", "Actoren in beeld"),
        "map.ui.text_ties": ("Ties and gaps in view", "Banden en hiaten in beeld"),
        "map.ui.text_capped": (
            "Only the first rows are listed: type in the filter to find the others.",
            "Alleen de eerste rijen staan in de lijst: typ in de filter om de andere te vinden.",
        ),
        "map.alt.municipality": (
            "{name}: {nodes} {nodes|actor|actors} and {edges} {edges|relation|relations} on this map. Levels of regie: {levels}.",
            "{name}: {nodes} {nodes|actor|actoren} en {edges} {edges|relatie|relaties} op deze kaart. Niveaus van regie: {levels}.",
        ),
        "map.alt.gaps": (
            "Gaps in red: {sa04} {sa04|missing regional link|missing regional links} (SA04), {ov01} {ov01|blind spot|blind spots} (OV01) and {sa05} {sa05|coupling opportunity|coupling opportunities} (SA05).",
            "Hiaten in het rood: {sa04} {sa04|ontbrekende regionale schakel|ontbrekende regionale schakels} (SA04), {ov01} {ov01|blinde vlek|blinde vlekken} (OV01) en {sa05} {sa05|koppelkans|koppelkansen} (SA05).",
        ),
        "map.alt.region": (
            "The whole region: {municipalities} {municipalities|municipality|municipalities}, {nodes} {nodes|actor|actors} and {edges} {edges|relation|relations}. Each municipality stands at its town hall with its own actors round it; regional actors and higher governments form a ring round the region.",
            "De hele regio: {municipalities} {municipalities|gemeente|gemeenten}, {nodes} {nodes|actor|actoren} en {edges} {edges|relatie|relaties}. Elke gemeente staat op de plaats van haar gemeentehuis, met haar eigen actoren eromheen; regionale actoren en hogere overheden vormen een ring rond de regio.",
        ),
        "map.alt.region_view": (
            "{municipalities} {municipalities|municipality|municipalities}, each coloured by its level of {component}: {counts}. {clusters} {clusters|cluster|clusters} for joint regie. {actors} regional {actors|actor|actors} round the region; {pairs} {pairs|line joins|lines join} a municipality and an actor with a tie.",
            "{municipalities} {municipalities|gemeente|gemeenten}, elk gekleurd naar haar niveau van {component}: {counts}. {clusters} {clusters|cluster|clusters} voor gezamenlijke regie. {actors} regionale {actors|actor|actoren} rond de regio; {pairs} {pairs|lijn verbindt|lijnen verbinden} een gemeente met een actor waarmee ze een band heeft.",
        ),
        "handout.region.map": ("The region at a glance", "De regio in één beeld"),
        "handout.region.map_hint": (
            "Each square is a municipality at its town hall: its fill is its level of {component}, its border the colour of its cluster. Round the region stand the regional actors; a line joins a municipality and an actor with a tie — the wider, the more ties.",
            "Elk vierkant is een gemeente, op de plaats van haar gemeentehuis: de vulling toont haar niveau van {component}, de rand de kleur van haar cluster. Rond de regio staan de regionale actoren; een lijn verbindt een gemeente met een actor waarmee ze een band heeft — hoe breder, hoe meer banden.",
        ),
        "handout.region.see_annex": (
            "This page shows the first {shown} of {n}; the annex lists them all.",
            "Deze pagina toont de eerste {shown} van {n}; de bijlage somt ze allemaal op.",
        ),
        "handout.region.annex": ("Annex: the full lists", "Bijlage: de volledige lijsten"),
        "handout.region.in_annex": ("… all {n} in the annex", "… alle {n} in de bijlage"),
        "handout.region.annex_clusters": ("All clusters", "Alle clusters"),
        "handout.region.annex_actors": ("All regional actors", "Alle regionale actoren"),
        "handout.region.annex_findings": ("All regional findings", "Alle regionale bevindingen"),
        "map.too_large": (
            "The map of the whole region would draw {nodes} actors: above {limit} a browser stops being fluid (slow to open, jerky to pan). Wrote the region view instead (municipalities as squares, with the regional actors). For every actor of one municipality use --municipality; for the whole network, the Gephi export (regienet export --to gexf); to write the full map anyway, add --full.",
            "De kaart van de hele regio zou {nodes} actoren tekenen: boven {limit} loopt een browser niet meer vlot (traag om te openen, schokkerig bij het verschuiven). In de plaats daarvan is het regiobeeld geschreven (gemeenten als vierkanten, met de regionale actoren). Voor alle actoren van één gemeente: --municipality; voor het hele netwerk: de export naar Gephi (regienet export --to gexf); om toch de volledige kaart te schrijven: --full.",
        ),
        "help.map.full": (
            "Write the whole-region actor map even above the size a browser draws fluidly (see 'regienet docs maps').",
            "Schrijf de actorenkaart van de hele regio, ook boven de grootte die een browser vlot tekent (zie 'regienet docs maps').",
        ),
    }
)

# ---- issue 23: levels earned by regie activities (the study's activities per component, Pröpper 2004 pp. 18–19)
MESSAGES.update(
    {
        "kind.public_partner": ("public labour-market partner", "publieke arbeidsmarktpartner"),
        "activity.OV.environment_analysis": (
            "environment analysis: actors in view",
            "omgevingsanalyse: actoren in beeld",
        ),
        "activity.OV.inventory": ("formal inventory of the actors", "formele inventaris van de actoren"),
        "activity.BL.vision": (
            "stimulating a vision: actors consulted on the plans",
            "visievorming stimuleren: actoren geconsulteerd over de plannen",
        ),
        "activity.BL.conflicts": (
            "raising conflicts of goals: actors brought to one table",
            "strijdige doelen thematiseren: actoren samen aan tafel gebracht",
        ),
        "activity.BL.formulating": (
            "formulating policy lines: social economy in the plans, with specific goals",
            "beleidslijnen formuleren: sociale economie in de plannen, met concrete doelen",
        ),
        "activity.BL.spreading": (
            "spreading the policy lines: actors informed",
            "beleidslijnen uitdragen: actoren geïnformeerd",
        ),
        "activity.BL.monitoring": (
            "following progress up: actors reporting back",
            "toezicht op de voortgang: actoren rapporteren",
        ),
        "activity.SA.mobilising": (
            "mobilising actors: useful information, agreements, a seat at the forum",
            "actoren mobiliseren: nuttige informatie, overeenkomsten, een plaats in het overleg",
        ),
        "activity.SA.coupling": (
            "coupling actors: a forum where they meet, a cooperation brokered",
            "actoren aan elkaar koppelen: een overleg waar ze elkaar ontmoeten, een bemiddelde samenwerking",
        ),
        "activity.SA.monitoring": (
            "monitoring commitment and feeding back: reports received, accounts sent",
            "toezicht op de inzet en terugkoppeling: rapportering ontvangen, verslag bezorgd",
        ),
        "activity.VA.accounting": (
            "accounting for the whole to the actors",
            "verantwoording over het geheel naar de actoren",
        ),
        "activity.VA.account_depth": (
            "depth of the account: rekenschap or verantwoording",
            "diepgang van de verantwoording: rekenschap of verantwoording",
        ),
        "activity.VA.involvement": (
            "showing involvement: the public told about objectives",
            "betrokkenheid tonen: de bevolking hoort over doelstellingen",
        ),
        "reach.none": ("reaches nobody", "bereikt niemand"),
        "reach.own": ("own actor only", "enkel de eigen actor"),
        "reach.some": ("some of the field", "een deel van het veld"),
        "reach.most": ("most of the field", "het grootste deel van het veld"),
        "reach.unknown": ("unknown (blank answer)", "onbekend (blanco antwoord)"),
        "reach.answer.none": ("not done", "niet gedaan"),
        "reach.answer.some": ("partly", "gedeeltelijk"),
        "reach.answer.most": ("fully", "volledig"),
        "levels.earned_by": ("earned by", "verdiend door"),
        "levels.earned_by_nothing": ("no regie activity earns it yet", "nog geen enkele regie-activiteit verdient het"),
        "levels.activity_line": ("{activity} — {reach}", "{activity} — {reach}"),
        "metric.attention_layers": (
            "Government–actor pairs weighed by their layers (governance, economic, policy): a pair with a seat, funding and a consultation weighs 3.",
            "Paren bestuur–actor gewogen naar hun lagen (bestuur, economisch, beleid): een paar met een mandaat, financiering en een consultatie weegt 3.",
        ),
        "metric.own_layers": (
            "The part of attention_layers that goes to the own actors.",
            "Het deel van attention_layers dat naar de eigen actoren gaat.",
        ),
        "metric.own_attention_share": (
            "own_layers over attention_layers — the share OV02 tests (it fires above half: the own actor takes most of the attention).",
            "own_layers op attention_layers — het aandeel dat OV02 toetst (gaat af boven de helft: de eigen actor krijgt het grootste deel van de aandacht).",
        ),
        "levels.plan_adds": ("(adds: {what})", "(voegt toe: {what})"),
        "whatif.shared": ("Both work on {shared}.", "Beide werken rond {shared}."),
        "whatif.adds": ("Adds {what}.", "Voegt toe: {what}."),
        "whatif.adds_one": (
            "{component} {activity} ({before} → {after})",
            "{component} {activity} ({before} → {after})",
        ),
        "levels.na_reason": (
            "no social-economy actor works here: nothing to steer (n.v.t.)",
            "hier is geen actor sociale economie actief: niets om te regisseren (n.v.t.)",
        ),
    }
)

# ---- issue 25: plans sheet (T.2: the WSE-LR actions of the multi-year plan, into plans.csv)
MESSAGES.update(
    {
        "survey.sheet.plans": ("plans", "plannen"),
        "survey.pcol.code": (
            "T.2 Code (WSE-LR1…WSE-LR4 or your own)",
            "T.2 Code (WSE-LR1…WSE-LR4 of een eigen code)",
        ),
        "survey.pcol.title": ("Action (title)", "Actie (titel)"),
        "survey.pcol.year": ("Year", "Jaar"),
        "survey.pcol.budget_eur": ("Budget (euro)", "Budget (euro)"),
        "survey.pcol.on_record": ("On record (please check)", "Gekend (gelieve na te kijken)"),
        "survey.instructions.plans": (
            "T.2 The actions of your multi-year plan for local regie of social economy and work: one row per action, "
            "with its code (WSE-LR1 to WSE-LR4 from the list, or your own code), title, year and budget. Rows on "
            "record are pre-filled only when their source is a real one: please check them. What you write here "
            "replaces your actions of that year in plans.csv.",
            "T.2 De acties van uw meerjarenplan voor de lokale regie van sociale economie en werk: één rij per "
            "actie, met code (WSE-LR1 tot WSE-LR4 uit de lijst, of een eigen code), titel, jaar en budget. Gekende "
            "rijen zijn enkel ingevuld als hun bron een echte bron is: gelieve ze na te kijken. Wat u hier invult, "
            "vervangt uw acties van dat jaar in plans.csv.",
        ),
        "problem.survey_plan_title": (
            "cell {cell}: an action needs a title.",
            "cel {cell}: een actie heeft een titel nodig.",
        ),
        "hint.survey_plan_title": (
            "Type the action's title, or clear the row.",
            "Typ de titel van de actie, of maak de rij leeg.",
        ),
        "problem.survey_plan_code": (
            "cell {cell}: '{value}' is not one of the regie decree's codes ({allowed}).",
            "cel {cell}: '{value}' is geen code van het regiedecreet ({allowed}).",
        ),
        "hint.survey_plan_code": (
            "Choose WSE-LR1 to WSE-LR4 from the dropdown, or type your own code that does not start with WSE-LR.",
            "Kies WSE-LR1 tot WSE-LR4 uit de keuzelijst, of typ een eigen code die niet met WSE-LR begint.",
        ),
        "problem.survey_plan_year": (
            "cell {cell}: '{value}' is not a year.",
            "cel {cell}: '{value}' is geen jaartal.",
        ),
        "hint.survey_plan_year": (
            "Type the year as four digits, e.g. 2026.",
            "Typ het jaar in vier cijfers, bv. 2026.",
        ),
    }
)

# ---- issue 27: views and writers (the HTML page of any result)
MESSAGES.update(
    {
        "validate.title": ("Check of the data", "Controle van de gegevens"),
        "col.kind": ("Kind", "Soort"),
        "col.count": ("Number", "Aantal"),
    }
)

# ---- issue 27 (views2): the views of region, whatif, sensitivity and the catalogue
MESSAGES.update(
    {
        "views2.rules.title": ("Rule catalogue", "Regelcatalogus"),
        # under the heading "What it flags" (explain.what): the rule's summary as a sentence
        "views2.explain.what_municipality": ("{summary}.", "In de gemeente {summary}."),
        "views2.explain.what_region": ("{summary}.", "{summary}."),
    }
)

# ---- issue 27 (views): titles of the HTML pages of check, report, gaps, diff, survey collect
MESSAGES.update(
    {
        "check.title": (
            "Regie check — {n} {n|municipality|municipalities}",
            "Regiecontrole — {n} {n|gemeente|gemeenten}",
        ),
        "gaps.title": ("Suggestions to close the gaps", "Suggesties om de hiaten te dichten"),
    }
)
