//! The styles of every Word document: Word's own style names with the PDF brief's look.

use crate::i18n::Lang;

/// The styles part of a document in `lang`: every run without a language of its own (all of
/// them) is in the document's language, so Word checks the spelling of that language.
pub(super) fn styles(lang: Lang) -> String {
    STYLES.replace("{lang}", lang.tag())
}

/// Word's own style names (`heading 1`, `Title`, `Hyperlink`…) with the brief's look; Word and
/// LibreOffice map them onto their built-in styles, so a table of contents finds the headings.
/// Schema order in a style: name, basedOn, next, link, uiPriority, qFormat, pPr, rPr, tblPr.
const STYLES: &str = concat!(
    "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n",
    r#"<w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">"#,
    // Calibri has no Chinese, Japanese, Korean, Arabic, Hebrew or Devanagari: the East Asian slot
    // names the CJK font the PDF gets from the system, the complex-script slot (Arabic, Hebrew,
    // Devanagari) Arial, which has Arabic and Hebrew wherever Word runs; Word and LibreOffice
    // substitute a font of the script where the named one is missing.
    r#"<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Calibri" w:eastAsia="Noto Sans CJK SC" w:hAnsi="Calibri" w:cs="Arial"/>"#,
    r#"<w:color w:val="1D2430"/><w:sz w:val="21"/><w:szCs w:val="21"/><w:lang w:val="{lang}" w:eastAsia="{lang}" w:bidi="ar-SA"/></w:rPr></w:rPrDefault>"#,
    r#"<w:pPrDefault><w:pPr><w:spacing w:after="120" w:line="264" w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults>"#,
    // Paragraph styles.
    r#"<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/></w:style>"#,
    r#"<w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:uiPriority w:val="10"/><w:qFormat/>"#,
    r#"<w:pPr><w:pBdr><w:top w:val="single" w:sz="24" w:space="8" w:color="1A4F8B"/></w:pBdr><w:spacing w:before="120" w:after="240" w:line="240" w:lineRule="auto"/></w:pPr>"#,
    r#"<w:rPr><w:b/><w:bCs/><w:sz w:val="40"/><w:szCs w:val="40"/></w:rPr></w:style>"#,
    r#"<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:uiPriority w:val="9"/><w:qFormat/>"#,
    r#"<w:pPr><w:keepNext/><w:keepLines/><w:pBdr><w:bottom w:val="single" w:sz="6" w:space="2" w:color="D9DEE7"/></w:pBdr><w:spacing w:before="360" w:after="120"/><w:outlineLvl w:val="0"/></w:pPr>"#,
    r#"<w:rPr><w:b/><w:bCs/><w:color w:val="1A4F8B"/><w:sz w:val="32"/><w:szCs w:val="32"/></w:rPr></w:style>"#,
    r#"<w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="heading 2"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:uiPriority w:val="9"/><w:unhideWhenUsed/><w:qFormat/>"#,
    r#"<w:pPr><w:keepNext/><w:keepLines/><w:spacing w:before="280" w:after="100"/><w:outlineLvl w:val="1"/></w:pPr>"#,
    r#"<w:rPr><w:b/><w:bCs/><w:sz w:val="26"/><w:szCs w:val="26"/></w:rPr></w:style>"#,
    r#"<w:style w:type="paragraph" w:styleId="Heading3"><w:name w:val="heading 3"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:uiPriority w:val="9"/><w:unhideWhenUsed/><w:qFormat/>"#,
    r#"<w:pPr><w:keepNext/><w:keepLines/><w:spacing w:before="220" w:after="80"/><w:outlineLvl w:val="2"/></w:pPr>"#,
    r#"<w:rPr><w:b/><w:bCs/><w:sz w:val="22"/><w:szCs w:val="22"/></w:rPr></w:style>"#,
    r#"<w:style w:type="paragraph" w:styleId="Heading4"><w:name w:val="heading 4"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:uiPriority w:val="9"/><w:unhideWhenUsed/><w:qFormat/>"#,
    r#"<w:pPr><w:keepNext/><w:keepLines/><w:spacing w:before="180" w:after="60"/><w:outlineLvl w:val="3"/></w:pPr>"#,
    r#"<w:rPr><w:b/><w:bCs/><w:i/><w:iCs/></w:rPr></w:style>"#,
    r#"<w:style w:type="paragraph" w:styleId="Heading5"><w:name w:val="heading 5"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:uiPriority w:val="9"/><w:unhideWhenUsed/><w:qFormat/>"#,
    r#"<w:pPr><w:keepNext/><w:keepLines/><w:spacing w:before="160" w:after="60"/><w:outlineLvl w:val="4"/></w:pPr>"#,
    r#"<w:rPr><w:i/><w:iCs/></w:rPr></w:style>"#,
    r#"<w:style w:type="paragraph" w:styleId="Heading6"><w:name w:val="heading 6"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:uiPriority w:val="9"/><w:unhideWhenUsed/><w:qFormat/>"#,
    r#"<w:pPr><w:keepNext/><w:keepLines/><w:spacing w:before="160" w:after="60"/><w:outlineLvl w:val="5"/></w:pPr>"#,
    r#"<w:rPr><w:color w:val="5B6475"/></w:rPr></w:style>"#,
    r#"<w:style w:type="paragraph" w:styleId="Verdict"><w:name w:val="Verdict"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/>"#,
    r#"<w:pPr><w:pBdr><w:left w:val="single" w:sz="24" w:space="8" w:color="1A4F8B"/></w:pBdr><w:shd w:val="clear" w:color="auto" w:fill="F3F5F9"/><w:spacing w:before="120" w:after="200"/><w:ind w:left="227"/></w:pPr>"#,
    r#"<w:rPr><w:sz w:val="23"/><w:szCs w:val="23"/></w:rPr></w:style>"#,
    r#"<w:style w:type="paragraph" w:styleId="ListParagraph"><w:name w:val="List Paragraph"/><w:basedOn w:val="Normal"/><w:uiPriority w:val="34"/><w:qFormat/>"#,
    r#"<w:pPr><w:spacing w:after="80"/><w:ind w:left="720"/></w:pPr></w:style>"#,
    r#"<w:style w:type="paragraph" w:styleId="Quote"><w:name w:val="Quote"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:uiPriority w:val="29"/><w:qFormat/>"#,
    r#"<w:pPr><w:pBdr><w:left w:val="single" w:sz="12" w:space="6" w:color="D9DEE7"/></w:pBdr></w:pPr><w:rPr><w:i/><w:iCs/><w:color w:val="5B6475"/></w:rPr></w:style>"#,
    r#"<w:style w:type="paragraph" w:styleId="SourceCode"><w:name w:val="Source Code"/><w:basedOn w:val="Normal"/><w:qFormat/>"#,
    r#"<w:pPr><w:shd w:val="clear" w:color="auto" w:fill="F3F5F9"/><w:spacing w:after="120" w:line="240" w:lineRule="auto"/></w:pPr>"#,
    r#"<w:rPr><w:rFonts w:ascii="Consolas" w:hAnsi="Consolas" w:cs="Consolas"/><w:sz w:val="18"/><w:szCs w:val="18"/></w:rPr></w:style>"#,
    r#"<w:style w:type="paragraph" w:styleId="Caption"><w:name w:val="caption"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:uiPriority w:val="35"/><w:unhideWhenUsed/><w:qFormat/>"#,
    r#"<w:pPr><w:spacing w:after="200"/><w:jc w:val="center"/></w:pPr><w:rPr><w:i/><w:iCs/><w:color w:val="5B6475"/><w:sz w:val="18"/><w:szCs w:val="18"/></w:rPr></w:style>"#,
    r#"<w:style w:type="paragraph" w:styleId="Figure"><w:name w:val="Figure"/><w:basedOn w:val="Normal"/><w:next w:val="Caption"/><w:qFormat/>"#,
    r#"<w:pPr><w:keepNext/><w:spacing w:before="120" w:after="60"/><w:jc w:val="center"/></w:pPr></w:style>"#,
    r#"<w:style w:type="paragraph" w:styleId="Label"><w:name w:val="Label"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/>"#,
    r#"<w:pPr><w:keepNext/><w:spacing w:before="160" w:after="40"/></w:pPr><w:rPr><w:b/><w:bCs/><w:caps/><w:color w:val="5B6475"/><w:spacing w:val="10"/><w:sz w:val="17"/><w:szCs w:val="17"/></w:rPr></w:style>"#,
    r#"<w:style w:type="paragraph" w:styleId="TableText"><w:name w:val="Table Text"/><w:basedOn w:val="Normal"/><w:qFormat/>"#,
    r#"<w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr><w:rPr><w:sz w:val="18"/><w:szCs w:val="18"/></w:rPr></w:style>"#,
    r#"<w:style w:type="paragraph" w:styleId="Closing"><w:name w:val="Closing"/><w:basedOn w:val="Normal"/>"#,
    r#"<w:pPr><w:pBdr><w:top w:val="single" w:sz="4" w:space="6" w:color="D9DEE7"/></w:pBdr><w:spacing w:before="360"/></w:pPr><w:rPr><w:i/><w:iCs/><w:color w:val="5B6475"/><w:sz w:val="18"/><w:szCs w:val="18"/></w:rPr></w:style>"#,
    r#"<w:style w:type="paragraph" w:styleId="Footer"><w:name w:val="footer"/><w:basedOn w:val="Normal"/><w:uiPriority w:val="99"/><w:unhideWhenUsed/>"#,
    r#"<w:pPr><w:spacing w:after="0"/></w:pPr><w:rPr><w:color w:val="5B6475"/><w:sz w:val="16"/><w:szCs w:val="16"/></w:rPr></w:style>"#,
    // Character styles.
    r#"<w:style w:type="character" w:default="1" w:styleId="DefaultParagraphFont"><w:name w:val="Default Paragraph Font"/><w:uiPriority w:val="1"/><w:semiHidden/><w:unhideWhenUsed/></w:style>"#,
    r#"<w:style w:type="character" w:styleId="Hyperlink"><w:name w:val="Hyperlink"/><w:basedOn w:val="DefaultParagraphFont"/><w:uiPriority w:val="99"/><w:unhideWhenUsed/>"#,
    r#"<w:rPr><w:color w:val="1A4F8B"/><w:u w:val="single"/></w:rPr></w:style>"#,
    r#"<w:style w:type="character" w:styleId="VerbatimChar"><w:name w:val="Verbatim Char"/><w:basedOn w:val="DefaultParagraphFont"/>"#,
    r#"<w:rPr><w:rFonts w:ascii="Consolas" w:hAnsi="Consolas" w:cs="Consolas"/><w:shd w:val="clear" w:color="auto" w:fill="F3F5F9"/></w:rPr></w:style>"#,
    // Table and numbering defaults, which Word expects to find.
    r#"<w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/><w:uiPriority w:val="99"/><w:semiHidden/><w:unhideWhenUsed/>"#,
    r#"<w:tblPr><w:tblInd w:w="0" w:type="dxa"/><w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="108" w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>"#,
    r#"<w:style w:type="numbering" w:default="1" w:styleId="NoList"><w:name w:val="No List"/><w:uiPriority w:val="99"/><w:semiHidden/><w:unhideWhenUsed/></w:style>"#,
    "</w:styles>"
);
