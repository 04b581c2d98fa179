console.log('driftlens')
