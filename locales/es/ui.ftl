# The command line and the wizard.
