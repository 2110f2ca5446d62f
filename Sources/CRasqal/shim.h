// Redland's Rasqal (SPARQL) and Raptor (RDF parsers) from the system (Debian: librasqal3-dev, libraptor2-dev).
//
// Only rasqal.h, which includes raptor2.h; both pull in nothing beyond the C library
// (stdio, stdarg, sys/types, time), so nothing here clashes with Foundation's modules.
#include <rasqal.h>
