// The libxml2 headers graph-export uses: the HTML parser and tree (readers), the text writer (GraphML).
#include <libxml/HTMLparser.h>
#include <libxml/HTMLtree.h>
#include <libxml/tree.h>
#include <libxml/xmlwriter.h>
#include <libxml/xmlerror.h>
