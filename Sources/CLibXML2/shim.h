// The libxml2 headers graph-export uses: the HTML parser and tree (readers), the text writer (GraphML).
//
// Debian builds libxml2 with ICU, and <libxml/encoding.h> then includes ICU's headers, whose
// definitions clash with the ICU copy inside Swift's Foundation (`_FoundationICU`) when one
// Swift module imports both. graph-export never touches the ICU members of libxml2's
// encoding handler (it only passes pointers to it), so ICU is switched off for these headers.
#include <libxml/xmlversion.h>
#undef LIBXML_ICU_ENABLED
#include <libxml/HTMLparser.h>
#include <libxml/HTMLtree.h>
#include <libxml/tree.h>
#include <libxml/xmlwriter.h>
#include <libxml/xmlerror.h>
