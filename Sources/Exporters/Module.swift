// Exporters module
